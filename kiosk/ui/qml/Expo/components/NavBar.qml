import QtQuick
import Expo

// Back and Home within reach at the bottom of every screen, "My visit", text size and the language switch.
// When a narrow (portrait) screen or the largest text leaves too little room, the bar takes two rows.
Rectangle {
    id: bar
    property bool canGoBack: true
    signal accessibilityRequested()
    readonly property bool twoRows: left.width + right.width + Theme.margin * 3 > width
    implicitHeight: twoRows ? left.height + right.height + Theme.gap * 3 : Math.max(left.height, right.height) + Theme.gap * 2
    color: Theme.surface
    Rectangle { width: parent.width; height: 2; color: Theme.line }
    Row {
        id: left
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.top: parent.top
        anchors.topMargin: Theme.gap
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
        TouchButton {
            objectName: "visitButton"
            visible: VisitPlan.favouriteCount > 0
            text: qsTr("My visit (%1)").arg(VisitPlan.favouriteCount)
            onClicked: Nav.open("visit")
        }
    }
    Row {
        id: right
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.top: parent.top
        anchors.topMargin: bar.twoRows ? left.height + Theme.gap * 2 : Theme.gap
        spacing: Theme.gap
        TouchButton {
            objectName: "accessibilityButton"
            text: qsTr("Aa", "the button for text size and contrast")
            Accessible.name: qsTr("Text size and display")
            onClicked: bar.accessibilityRequested()
        }
        LanguageSwitch {}
    }
}
