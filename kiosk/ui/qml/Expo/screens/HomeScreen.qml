import QtQuick
import Expo

Item {
    id: screen
    objectName: "homeScreen"
    property string kind
    property string entityId
    readonly property bool portrait: height > width

    Column {  // the event's name whole, on as many lines as it takes
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap * 0.5
        PlainText { width: parent.width; text: Show.eventName; font.pixelSize: Theme.title; font.bold: true; color: Theme.primaryDark }
        PlainText { width: parent.width; text: Show.eventDates + "  ·  " + Show.eventVenue; color: Theme.textMuted }
    }

    Grid {
        id: grid
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: Math.max(header.y + header.height + Theme.margin, Theme.reachTop)  // tiles within reach
        columns: screen.portrait ? 2 : 3
        spacing: Theme.gap * 1.5
        readonly property int rowCount: Math.ceil(6 / columns)
        readonly property real cellWidth: (width - (columns - 1) * spacing) / columns
        readonly property real cellHeight: (height - (rowCount - 1) * spacing) / rowCount

        Tile {
            objectName: "tile-cities"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Cities")
            caption: qsTr("Cities and their pavilions")
            figure: Browse.cityCount > 0 ? String(Browse.cityCount) : ""
            tint: Theme.tileColors[0]
            onTapped: Nav.open("cities")
        }
        Tile {
            objectName: "tile-exhibitors"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Exhibitors")
            caption: qsTr("Companies, agencies and partner delegations, A to Z")
            tint: Theme.tileColors[1]
            onTapped: Nav.open("exhibitors")
        }
        Tile {
            objectName: "tile-projects"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Projects")
            caption: qsTr("Smart-city projects by focus area")
            tint: Theme.tileColors[2]
            onTapped: Nav.open("projects")
        }
        Tile {
            objectName: "tile-programme"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Programme")
            caption: qsTr("Talks and sessions, what is on now")
            tint: Theme.tileColors[3]
            onTapped: Nav.open("programme")
        }
        Tile {
            objectName: "tile-map"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Floor map")
            caption: qsTr("Find a booth in the hall")
            tint: Theme.tileColors[4]
            onTapped: Nav.open("map")
        }
        Tile {
            objectName: "tile-search"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Search")
            caption: qsTr("Any name, in any language")
            tint: Theme.tileColors[5]
            onTapped: Nav.open("search")
        }
    }
}
