import QtQuick
import Expo

Rectangle {
    id: control
    property alias text: label.text
    property alias font: label.font
    property bool primary: false
    property color tint: primary ? Theme.primary : Theme.surface
    readonly property bool down: tap.pressed
    signal clicked()
    implicitHeight: Math.max(Theme.touch, Math.round(label.implicitHeight + Theme.gap))  // grows with the text size
    implicitWidth: Math.max(Theme.touch * 1.6, label.implicitWidth + 2 * Theme.gap)
    radius: Theme.radius
    opacity: enabled ? 1 : 0.35
    color: down ? (primary ? Theme.primaryDark : Theme.pressed) : tint
    border.color: primary ? "transparent" : Theme.line
    border.width: 2
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (enabled) control.clicked()
    Text {
        font.family: Theme.family
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, control.width - Theme.gap)
        textFormat: Text.PlainText
        font.pixelSize: Theme.large
        color: control.primary ? Theme.inkOnPrimary : Theme.primaryDark
        elide: Text.ElideRight
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        enabled: control.enabled
        onClicked: control.clicked()
    }
}
