import QtQuick
import Expo

Item {
    id: screen
    objectName: kind + "Screen"
    property string kind
    property string entityId
    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, 900 * Theme.scale)
        spacing: Theme.gap * 2
        PlainText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: screen.kind === "map" ? qsTr("Floor map") : qsTr("Search")
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.primaryDark
        }
        PlainText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Coming soon. Until then, every city and exhibitor page shows its booth code.")
            font.pixelSize: Theme.large
        }
        TouchButton {
            objectName: "comingSoonCities"
            anchors.horizontalCenter: parent.horizontalCenter
            primary: true
            text: qsTr("Browse the cities")
            onClicked: Nav.open("cities")
        }
    }
}
