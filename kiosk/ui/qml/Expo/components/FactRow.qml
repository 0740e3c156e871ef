import QtQuick
import Expo

// A labelled fact on a page; hidden when there is nothing to say.
Column {
    property alias label: caption.text
    property alias value: body.text
    visible: body.text !== ""
    spacing: 2
    PlainText { id: caption; width: parent.width; font.pixelSize: Theme.small; color: Theme.textMuted; font.bold: true }
    PlainText { id: body; width: parent.width }
}
