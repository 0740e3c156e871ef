import QtQuick
import QtQuick.Controls.Basic
import Expo

Button {
    id: control
    property bool primary: false
    property color tint: primary ? Theme.primary : Theme.surface
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch * 1.6, contentItem.implicitWidth + 2 * Theme.gap)
    font.pixelSize: Theme.large
    opacity: enabled ? 1 : 0.35
    Accessible.name: text
    Accessible.role: Accessible.Button
    contentItem: Text {
        text: control.text
        font: control.font
        textFormat: Text.PlainText
        color: control.primary ? Theme.inkOnPrimary : Theme.primaryDark
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? (control.primary ? Theme.primaryDark : Theme.pressed) : control.tint
        border.color: control.primary ? "transparent" : Theme.line
        border.width: 2
    }
}
