import QtQuick
import Expo

// Two languages: both at once, each named in its own language so a visitor finds theirs. More: the current one,
// which opens the language sheet.
Row {
    spacing: Theme.gap * 0.5
    readonly property bool few: Show.languages.length <= 2
    Repeater {
        model: parent.few ? Show.languages : []
        Chip {
            required property var modelData
            objectName: "lang-" + modelData.code
            text: modelData.name
            selected: Show.lang === modelData.code
            onClicked: Show.setLanguage(modelData.code)
        }
    }
    Chip {
        objectName: "languageButton"
        visible: !parent.few
        readonly property var current: Show.languages.find(l => l.code === Show.lang) || ({})
        text: (current.name || "") + "  ›"
        font.family: current.font || Theme.family
        Accessible.name: qsTr("Language") + ": " + (current.english || "")
        onClicked: Nav.chooseLanguage()
    }
}
