import QtQuick
import Expo

Item {
    id: screen
    objectName: "homeScreen"
    property string kind
    property string entityId
    readonly property bool portrait: height > width

    ScreenHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: Catalog.eventName
        subtitle: Catalog.eventDates + "  ·  " + Catalog.eventVenue
    }

    Grid {
        id: grid
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
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
            figure: Catalog.cities.count > 0 ? String(Catalog.cities.count) : ""
            tint: Theme.primary
            onTapped: Nav.open("cities")
        }
        Tile {
            objectName: "tile-exhibitors"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Exhibitors")
            caption: qsTr("Companies, agencies and partner delegations, A to Z")
            tint: "#8a3b6b"
            onTapped: Nav.open("exhibitors")
        }
        Tile {
            objectName: "tile-projects"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Projects")
            caption: qsTr("Smart-city projects by focus area")
            tint: "#2e6b2f"
            onTapped: Nav.open("projects")
        }
        Tile {
            objectName: "tile-programme"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Programme")
            caption: qsTr("Talks and sessions, what is on now")
            tint: "#a4462a"
            onTapped: Nav.open("programme")
        }
        Tile {
            objectName: "tile-map"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Floor map")
            caption: qsTr("Find a booth in the hall")
            tint: "#4b4f9a"
            onTapped: Nav.open("map")
        }
        Tile {
            objectName: "tile-search"
            width: grid.cellWidth; height: grid.cellHeight
            title: qsTr("Search")
            caption: qsTr("Any name, in any language")
            tint: "#7a5d12"
            onTapped: Nav.open("search")
        }
    }
}
