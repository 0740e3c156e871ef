import QtQuick
import Expo

// The two languages, each named in its own language so a visitor finds theirs.
Row {
    spacing: Theme.gap * 0.5
    Chip {
        objectName: "lang-th"
        text: "ไทย"
        selected: Show.lang === "th"
        onClicked: Show.setLanguage("th")
    }
    Chip {
        objectName: "lang-en"
        text: "English"
        selected: Show.lang === "en"
        onClicked: Show.setLanguage("en")
    }
}
