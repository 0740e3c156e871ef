import QtQuick
import Expo

// "Still there?" over the whole window: a title, the seconds left, and a large button that carries on. A touch
// anywhere on the dimmed screen carries on too, when the button is offered.
Rectangle {
    id: overlay
    property alias title: titleText.text
    property alias message: messageText.text
    property alias buttonText: button.text
    property bool canContinue: true
    property string messageName: ""
    property string buttonName: ""
    property string touchName: ""
    signal carryOn()
    anchors.fill: parent
    color: Qt.rgba(0, 0, 0, 0.6)
    MouseArea {
        objectName: overlay.touchName
        anchors.fill: parent
        onClicked: if (overlay.canContinue) overlay.carryOn()
        Accessible.role: Accessible.Button
        Accessible.name: button.text
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, 1000 * Theme.scale)
        height: column.implicitHeight + Theme.margin * 2
        radius: Theme.radius * 1.5
        color: Theme.surface
        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - Theme.margin * 2
            spacing: Theme.gap * 1.5
            PlainText {
                id: titleText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.primaryDark
            }
            PlainText {
                id: messageText
                objectName: overlay.messageName
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.large
            }
            TouchButton {
                id: button
                objectName: overlay.buttonName
                visible: overlay.canContinue
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, 600 * Theme.scale)
                height: Theme.touch * 1.4
                primary: true
                onClicked: overlay.carryOn()
            }
        }
    }
}
