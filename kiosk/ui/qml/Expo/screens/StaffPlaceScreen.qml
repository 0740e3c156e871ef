import QtQuick
import Expo

// The organizer puts this kiosk on the floor plan: tap where it stands, turn the arrow the way a visitor at the
// screen faces, save. The plan is shown as drawn (the front wall at the top) while placing.
Item {
    id: screen
    objectName: "staffPlaceScreen"
    property string kind
    property string entityId
    readonly property bool portrait: height > width
    property string hallId: Admin.status.hall || (FloorMap.halls.length > 0 ? FloorMap.halls[0].id : "")
    property real px: Admin.status.x || 0
    property real py: Admin.status.y || 0
    property real facing: Admin.status.facing || 0
    property string message: ""

    function save() {
        const result = Admin.placeKiosk(hallId, px, py, facing)
        if (result.ok)
            Nav.back()
        else
            message = problem(result.message)
    }
    function problem(reason) {
        switch (reason) {
        case "outside": return qsTr("That point is outside the hall.")
        case "in_booth": return qsTr("That point is inside a booth. A kiosk stands in an aisle.")
        case "in_obstacle": return qsTr("That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.")
        case "unreachable": return qsTr("No booth can be reached on foot from there. Put the kiosk beside an aisle.")
        case "bad_id": return qsTr("This kiosk's id is not a valid id. Set one with “kiosk config set kiosk_id”.")
        case "no_kiosk_id": return qsTr("This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.")
        case "busy": return qsTr("The kiosk could not save this just now. Please try again.")
        }
        return qsTr("That place cannot be used.")
    }

    property bool started: false
    function start() {
        if (started || floor.width <= 0 || floor.height <= 0)
            return
        started = true
        showHall(hallId)
    }
    function showHall(id) {  // the whole hall, as drawn
        floor.hallId = id
        floor.angle = 0
        floor.zoom = floor.fitZoom
        floor.centreOn(floor.hall.width / 2, floor.hall.depth / 2)
    }
    Component.onCompleted: {
        Admin.refresh()
        start()
    }
    Connections {
        target: floor
        function onWidthChanged() { screen.start() }
        function onHeightChanged() { screen.start() }
    }

    FloorView {
        id: floor
        width: screen.portrait ? parent.width : parent.width - panel.width
        height: screen.portrait ? parent.height - panel.height : parent.height
        onPlanTapped: (x, y) => { screen.px = x; screen.py = y; screen.hallId = floor.hallId; screen.message = "" }
    }

    Item {  // the new place and the way it faces, drawn on the plan
        objectName: "placeMarker"
        readonly property point at: floor.screenPoint(screen.px, screen.py)
        visible: floor.hallId === screen.hallId
        x: floor.x + at.x
        y: floor.y + at.y
        Rectangle {
            width: 18; height: 64
            x: -width / 2; y: -height
            radius: 4
            color: "#d81b60"
            rotation: screen.facing + floor.angle
            transformOrigin: Item.Bottom
            antialiasing: true
        }
        Rectangle { width: 40; height: 40; radius: 20; x: -20; y: -20; color: "#d81b60"; border.color: "#ffffff"; border.width: 5 }
    }

    Flow {
        objectName: "placeHallChips"
        visible: FloorMap.halls.length > 1
        anchors.left: floor.left
        anchors.top: floor.top
        anchors.right: floor.right
        anchors.margins: Theme.gap
        spacing: Theme.gap * 0.5
        Repeater {
            model: FloorMap.halls
            delegate: Chip {
                required property var modelData
                objectName: "placeHall-" + modelData.id
                text: modelData.name
                selected: floor.hallId === modelData.id
                onClicked: screen.showHall(modelData.id)
            }
        }
    }

    Rectangle {
        id: panel
        objectName: "placePanel"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: screen.portrait ? parent.width : Math.min(parent.width * 0.36, 640 * Theme.scale)
        height: screen.portrait ? Math.min(parent.height * 0.42, panelColumn.implicitHeight + Theme.margin * 2) : parent.height
        color: Theme.surface
        Column {
            id: panelColumn
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap
            ScreenHeader {
                width: parent.width
                title: qsTr("Where this kiosk stands")
                subtitle: qsTr("Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.")
            }
            PlainText {
                objectName: "placeWhere"
                width: parent.width
                font.bold: true
                text: qsTr("%1 · %2 m, %3 m · facing %4°").arg(FloorMap.hall(screen.hallId).name || screen.hallId).arg(screen.px.toFixed(1)).arg(screen.py.toFixed(1)).arg(Math.round(screen.facing))
            }
            Row {
                spacing: Theme.gap
                TouchButton { objectName: "turnLeft"; text: qsTr("↺ Turn left"); Accessible.name: qsTr("Turn left 45 degrees"); onClicked: screen.facing = (screen.facing + 315) % 360 }
                TouchButton { objectName: "turnRight"; text: qsTr("Turn right ↻"); Accessible.name: qsTr("Turn right 45 degrees"); onClicked: screen.facing = (screen.facing + 45) % 360 }
            }
            PlainText {
                objectName: "placeMessage"
                visible: screen.message !== ""
                width: parent.width
                color: Theme.next
                text: screen.message
            }
            Row {
                spacing: Theme.gap
                TouchButton { objectName: "placeSave"; primary: true; text: qsTr("Save"); onClicked: screen.save() }
                TouchButton { objectName: "placeCancel"; text: qsTr("Cancel"); onClicked: Nav.back() }
            }
        }
    }
}
