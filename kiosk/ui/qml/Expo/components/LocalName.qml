import QtQuick
import Expo

// A name in its own script. The font is set before the text, in one step: shaping Khmer, Lao or Myanmar
// with a font that lacks the script would draw boxes for a frame.
PlainText {
    id: label
    property string name
    property string family
    function update() {
        font.family = family !== "" ? family : Qt.application.font.family
        text = name
    }
    onNameChanged: Qt.callLater(update)
    onFamilyChanged: Qt.callLater(update)
    Component.onCompleted: update()
}
