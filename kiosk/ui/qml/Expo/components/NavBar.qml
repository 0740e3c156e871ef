import QtQuick
import Expo

// Back and Home within reach at the bottom of every screen, and the language switch.
Rectangle {
    id: bar
    property bool canGoBack: true
    implicitHeight: Theme.touch + Theme.gap * 2
    color: Theme.surface
    Rectangle { width: parent.width; height: 2; color: Theme.line }
    signal accessibilityRequested()
    Row {
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gap
        TouchButton {
            objectName: "backButton"
            text: "‹  " + qsTr("Back")
            enabled: bar.canGoBack
            onClicked: Nav.back()
        }
        TouchButton {
            objectName: "homeButton"
            text: qsTr("Home")
            primary: true
            onClicked: Nav.home()
        }
    }
    TouchButton {
        objectName: "visitButton"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.verticalCenter: parent.verticalCenter
        visible: Catalog.favouriteCount > 0
        text: qsTr("My visit (%1)").arg(Catalog.favouriteCount)
        onClicked: Nav.open("visit")
    }
    Row {
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gap
        TouchButton {
            objectName: "accessibilityButton"
            text: "Aa"
            Accessible.name: qsTr("Text size and display")
            onClicked: bar.accessibilityRequested()
        }
        LanguageSwitch {}
    }
}
