import QtQuick
import Expo

// A name in its own script, set in its script's font first. A complex script (Khmer, Tamil) is shaped only by a
// font that has it: Qt asks each family in turn and complains of every one that lacks it. So the font changes
// while the text is empty: a name is never laid out, not even for a moment, in the font of the name before it.
PlainText {
    id: label
    property string name
    property string family
    function update() {
        text = ""
        font.family = family !== "" ? family : Theme.family
        text = name
    }
    onNameChanged: Qt.callLater(update)
    onFamilyChanged: Qt.callLater(update)
    Connections { target: Theme; function onFamilyChanged() { Qt.callLater(label.update) } }
    Component.onCompleted: update()
}
