import QtQuick
import Expo

// One fact on the admin screen: its label on the left, the value beside it (wrapping when long).
Item {
    property alias label: caption.text
    property alias value: body.text
    implicitHeight: Math.max(caption.implicitHeight, body.implicitHeight)
    PlainText { id: caption; width: parent.width * 0.34; font.pixelSize: Theme.small; font.bold: true; color: Theme.textMuted; topPadding: 3 }
    PlainText { id: body; x: parent.width * 0.36; width: parent.width * 0.64; font.pixelSize: Theme.small * 1.1; wrapMode: Text.Wrap }
}
