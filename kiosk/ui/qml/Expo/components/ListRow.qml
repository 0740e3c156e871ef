import QtQuick
import Expo

// One tappable row of a list: a title, an optional line under it, and a badge (a booth code) at the end.
Rectangle {
    id: rowItem
    property string title
    property string subtitle
    property string badge
    property string subtitleFont: ""
    property string badgeLabel: qsTr("Booth")
    property color marker: "transparent"
    signal tapped()
    implicitHeight: Math.max(Theme.touch * 1.35, column.implicitHeight + Theme.gap * 1.5)
    radius: Theme.radius
    color: tap.pressed ? Theme.pressed : Theme.surface
    border.color: Theme.line
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.onPressAction: rowItem.tapped()
    Rectangle {
        width: Math.round(Theme.gap * 0.5)
        height: parent.height - Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.gap * 0.5
        radius: width / 2
        color: rowItem.marker
    }
    Column {
        id: column
        anchors.left: parent.left
        anchors.right: badgeBox.left
        anchors.leftMargin: Theme.gap * 1.75
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: 4
        PlainText { width: parent.width; text: rowItem.title; font.pixelSize: Theme.large; maximumLineCount: 2; elide: Text.ElideRight }
        LocalName {
            width: parent.width
            name: rowItem.subtitle
            family: rowItem.subtitleFont
            visible: text !== ""
            color: Theme.textMuted
            font.pixelSize: Theme.small
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
    Column {
        id: badgeBox
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        visible: rowItem.badge !== ""
        width: visible ? Math.max(badgeCode.implicitWidth, badgeCaption.implicitWidth) : 0
        PlainText { id: badgeCaption; anchors.horizontalCenter: parent.horizontalCenter; text: rowItem.badgeLabel; font.pixelSize: Theme.small * 0.85; color: Theme.textMuted; wrapMode: Text.NoWrap }
        PlainText { id: badgeCode; anchors.horizontalCenter: parent.horizontalCenter; text: rowItem.badge; font.pixelSize: Theme.large; font.bold: true; color: Theme.accent; wrapMode: Text.NoWrap }
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: rowItem.tapped()
    }
}
