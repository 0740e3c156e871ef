// The floor for the side-by-side benchmark: an empty Qt Quick window with the kiosk's modules (Controls, the
// virtual keyboard, loaded as the kiosk loads it: when a field first wants it) and a button whose tap changes the
// page, for the cost of a tap to the next frame when a screen is almost nothing; and a plain list of rows to flick,
// for the frames a list can keep on this display.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

ApplicationWindow {
    id: root
    width: 1920
    height: 1080
    visible: false
    property int page: 0
    property bool listing: false

    Rectangle {
        anchors.fill: parent
        color: root.page % 2 ? "#1d3557" : "#f1faee"
    }
    Label {
        objectName: "greeting"
        anchors.centerIn: parent
        text: root.page % 2 ? "สวัสดี · Hello" : "ยินดีต้อนรับ · Welcome"
        font.pixelSize: 48
        color: root.page % 2 ? "white" : "black"
    }
    TextField {
        objectName: "field"
        anchors.horizontalCenter: parent.horizontalCenter
        y: parent.height / 2 + 80
        width: 600
        font.pixelSize: 32
    }
    Button {
        objectName: "next"
        anchors.horizontalCenter: parent.horizontalCenter
        y: parent.height / 2 + 180
        text: "→"
        font.pixelSize: 40
        onClicked: root.page += 1
    }
    ListView {
        objectName: "floorList"
        anchors.fill: parent
        visible: root.listing
        model: 5000
        delegate: Rectangle {
            required property int index
            width: ListView.view.width
            height: 96
            color: index % 2 ? "#ffffff" : "#f1faee"
            Label {
                x: 32
                anchors.verticalCenter: parent.verticalCenter
                text: "บูธที่ " + (parent.index + 1) + " · Booth " + (parent.index + 1)
                font.pixelSize: 32
                color: "black"
            }
        }
    }
    Loader {
        objectName: "keyboardLoader"
        active: false
        width: root.width
        y: root.height
        sourceComponent: InputPanel {}
    }
}
