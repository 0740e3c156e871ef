import QtQuick
import Expo

// Every text that shows content: never interpreted as markup.
Text {
    textFormat: Text.PlainText
    color: Theme.text
    font.pixelSize: Theme.body
    font.family: Theme.family
    wrapMode: Text.Wrap
    elide: Text.ElideNone
    lineHeight: 1.15
}
