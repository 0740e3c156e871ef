import QtQuick
import Expo

// The floor map: where things are, where the visitor stands, and the way there.
// kind "map" (entityId: nothing, a booth, or a city, exhibitor or project to show), "route" (the way to it),
// "tour" (the way through the visit plan's booths).
Item {
    id: screen
    objectName: "mapScreen"
    property string kind
    property string entityId
    readonly property bool portrait: height > width
    property string selected: ""
    readonly property var booth: selected !== "" ? (Show.lang, FloorMap.booth(selected)) : ({})
    property var route: ({})
    property var tour: ({})
    property bool stepFree: false
    property bool legendOpen: false
    readonly property bool hasHere: FloorMap.here.hall !== undefined

    function select(boothId) {
        selected = boothId
        Usage.boothShown(boothId)
        route = ({})
        floor.highlighted = boothId !== "" ? [boothId] : []
        floor.legs = []
    }
    function directions() {
        route = FloorMap.routeTo(selected, stepFree)
        floor.legs = route.ok ? route.legs : []
        if (route.ok)
            showLeg(0)
    }
    // One hall's part of the route (a route through a lift or stairs has one part a hall).
    property int shownLeg: 0
    function showLeg(index) {
        shownLeg = index
        const leg = route.legs[index]
        floor.hallId = leg.hall
        floor.angle = FloorMap.here.hall === leg.hall ? -FloorMap.here.facing : 0
        floor.showPoints(leg.points)
    }
    function walkTour() {
        tour = FloorMap.visitTour(stepFree)
        floor.legs = tour.ok ? tour.legs : []
        floor.stops = tour.ok ? tour.stops : []
        floor.highlighted = []
        if (tour.ok && tour.legs.length > 0) {
            floor.hallId = tour.legs[0].hall
            let points = []
            for (const leg of tour.legs)
                if (leg.hall === floor.hallId)
                    points = points.concat(leg.points)
            floor.showPoints(points)
        }
    }
    onStepFreeChanged: {
        if (kind === "tour")
            walkTour()
        else if (route.ok !== undefined)
            directions()
    }

    // Once the map has its size: the first view depends on it.
    property bool started: false
    function start() {
        if (started || floor.width <= 0 || floor.height <= 0)
            return
        started = true
        const halls = FloorMap.halls
        floor.hallId = hasHere ? FloorMap.here.hall : (halls.length > 0 ? halls[0].id : "")
        floor.resetView()
        floor.animated = true
        if (kind === "tour") {
            walkTour()
            return
        }
        if (entityId === "")
            return
        const ids = FloorMap.boothsFor(entityId)
        if (ids.length === 0)
            return
        select(ids[0])
        floor.highlighted = ids
        floor.hallId = FloorMap.booth(ids[0]).hall
        if (kind === "route")
            directions()
        else
            floor.showBooths(ids.filter(id => FloorMap.booth(id).hall === floor.hallId))
    }
    Component.onCompleted: start()
    Connections {
        target: floor
        function onWidthChanged() { screen.start() }
        function onHeightChanged() { screen.start() }
    }

    FloorView {
        id: floor
        width: screen.portrait ? parent.width : parent.width - panel.width
        height: screen.portrait ? parent.height - panel.height : parent.height
        onBoothTapped: (boothId) => { if (screen.kind !== "tour") screen.select(boothId) }
        onEmptyTapped: if (screen.kind !== "tour" && screen.route.ok === undefined) screen.select("")
    }

    Column {
        objectName: "zoomButtons"
        anchors.right: floor.right
        anchors.bottom: floor.bottom
        anchors.margins: Theme.gap
        spacing: Theme.gap * 0.5
        TouchButton { objectName: "zoomIn"; width: Theme.touch; text: "+"; onClicked: floor.zoomBy(1.6); Accessible.name: qsTr("Zoom in") }
        TouchButton { objectName: "zoomOut"; width: Theme.touch; text: "−"; onClicked: floor.zoomBy(1 / 1.6); Accessible.name: qsTr("Zoom out") }
        TouchButton {
            objectName: "zoomReset"
            width: Theme.touch
            text: "⌂"
            Accessible.name: qsTr("Back to where you are")
            onClicked: {
                if (screen.hasHere)
                    floor.hallId = FloorMap.here.hall
                floor.resetView()
            }
        }
    }

    TouchButton {
        id: legendButton
        objectName: "legendButton"
        x: floor.x + Theme.gap
        y: hallChips.visible ? hallChips.y + hallChips.height + Theme.gap : floor.y + Theme.gap
        text: screen.legendOpen ? qsTr("Hide the key") : qsTr("Map key")
        onClicked: screen.legendOpen = !screen.legendOpen
    }
    Rectangle {
        objectName: "legend"
        visible: screen.legendOpen
        anchors.left: legendButton.left
        anchors.top: legendButton.bottom
        anchors.topMargin: Theme.gap
        width: Math.min(floor.width - Theme.gap * 2 - Theme.touch * 1.5, legendFlow.implicitWidth + Theme.gap * 2, 900 * Theme.scale)
        height: legendFlow.implicitHeight + Theme.gap * 2
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.line
        Flow {
            id: legendFlow
            anchors.fill: parent
            anchors.margins: Theme.gap
            spacing: Theme.gap * 0.6
            Repeater {
                model: screen.legendOpen ? FloorMap.legend : []
                delegate: Row {
                    required property var modelData
                    spacing: Theme.gap * 0.4
                    Rectangle { width: Theme.small * 1.4; height: width; color: modelData.colour; border.color: "#4f5868"; border.width: 2 }
                    PlainText { text: modelData.label || Labels.mapKind(modelData.kind); font.pixelSize: Theme.small; wrapMode: Text.NoWrap }
                }
            }
        }
    }

    Row {
        id: hallChips
        objectName: "hallChips"
        visible: FloorMap.halls.length > 1
        anchors.left: floor.left
        anchors.top: floor.top
        anchors.margins: Theme.gap
        spacing: Theme.gap * 0.5
        Repeater {
            model: FloorMap.halls
            delegate: Chip {
                required property var modelData
                objectName: "hall-" + modelData.id
                text: modelData.name
                selected: floor.hallId === modelData.id
                onClicked: { floor.hallId = modelData.id; floor.resetView() }
            }
        }
    }

    Rectangle {
        id: panel
        objectName: "mapPanel"
        x: parent.width - width
        y: parent.height - height
        width: screen.portrait ? parent.width : Math.max(parent.width * 0.3, Theme.qrSize + Theme.margin * 3)
        height: screen.portrait ? parent.height * 0.45 : parent.height
        color: Theme.background

        Flickable {
            id: panelFlick
            anchors.fill: parent
            anchors.margins: Theme.margin
            anchors.topMargin: Theme.gap
            anchors.bottomMargin: Theme.gap
            contentHeight: panelGrid.implicitHeight
            clip: true
            // Portrait: the route's QR code beside the text; landscape: under it.
            Grid {
                id: panelGrid
                columns: screen.portrait ? 2 : 1
                spacing: Theme.gap
            Column {
                id: panelColumn
                width: screen.portrait && routeQr.visible ? panelFlick.width - routeQr.width - Theme.gap : panelFlick.width
                spacing: Theme.gap

                ScreenHeader {
                    width: parent.width
                    visible: screen.selected === "" || screen.kind === "tour"
                    title: screen.kind === "tour" ? qsTr("My walking route") : qsTr("Floor map")
                    subtitle: floor.hall.name || ""
                }

                // Nothing picked: how to use the map.
                PlainText {
                    visible: screen.selected === "" && screen.kind !== "tour"
                    width: parent.width
                    text: screen.hasHere ? qsTr("Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.")
                                         : qsTr("Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.")
                    color: Theme.textMuted
                }

                // A booth picked.
                Column {
                    objectName: "boothCard"
                    visible: screen.selected !== "" && screen.kind !== "tour"
                    width: parent.width
                    spacing: Theme.gap * 0.5
                    PlainText { objectName: "boothCardCode"; text: qsTr("Booth %1").arg(screen.booth.code || ""); font.pixelSize: Theme.large * 1.15; font.bold: true; color: Theme.primaryDark }
                    PlainText { objectName: "boothCardTitle"; width: parent.width; text: screen.booth.title || ""; font.pixelSize: Theme.large; font.bold: true; maximumLineCount: 2; elide: Text.ElideRight }
                    PlainText {
                        width: parent.width
                        text: (screen.booth.kind === "city" ? qsTr("City pavilion") : Labels.mapKind(screen.booth.kind || "")) + " · " + (floor.hall.name || "")
                        color: Theme.textMuted
                    }
                    Row {
                        spacing: Theme.gap * 0.5
                        visible: screen.route.ok === undefined
                        TouchButton {
                            objectName: "directionsButton"
                            primary: true
                            enabled: screen.hasHere
                            text: qsTr("Directions")
                            onClicked: screen.directions()
                        }
                        TouchButton {
                            objectName: "detailsButton"
                            text: qsTr("Details")
                            onClicked: Nav.open(screen.booth.entityKind, screen.booth.entityId)
                        }
                    }
                }

                // The way to the picked booth.
                Column {
                    objectName: "routeCard"
                    visible: screen.route.ok !== undefined && screen.kind !== "tour"
                    width: parent.width
                    spacing: Theme.gap * 0.5
                    PlainText {
                        objectName: "routeSummary"
                        width: parent.width
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: Theme.primaryDark
                        text: screen.route.ok ? qsTr("%1 m · about %n minute(s) on foot", "", screen.route.minutes).arg(screen.route.length)
                                              : qsTr("No way there from here. Please ask at the information desk.")
                    }
                    PlainText {
                        width: parent.width
                        visible: screen.route.ok === true && screen.route.via.length > 0
                        wrapMode: Text.Wrap
                        text: screen.route.ok ? qsTr("Via: %1").arg(screen.route.via.map(k => Labels.feature(k)).join(", ")) : ""
                    }
                    Flow {
                        objectName: "legChips"
                        visible: screen.route.ok === true && screen.route.legs.length > 1
                        width: parent.width
                        spacing: Theme.gap * 0.5
                        Repeater {
                            model: screen.route.ok ? screen.route.legs : []
                            delegate: Chip {
                                required property var modelData
                                required property int index
                                objectName: "leg-" + index
                                text: (index + 1) + ". " + FloorMap.hall(modelData.hall).name
                                selected: screen.shownLeg === index
                                onClicked: screen.showLeg(index)
                            }
                        }
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.gap * 0.5
                        Chip {
                            objectName: "stepFreeChip"
                            text: qsTr("Step-free (no stairs)")
                            selected: screen.stepFree
                            onClicked: screen.stepFree = !screen.stepFree
                        }
                        TouchButton {
                            objectName: "routeDetailsButton"
                            text: qsTr("Details")
                            onClicked: Nav.open(screen.booth.entityKind, screen.booth.entityId)
                        }
                    }
                }

                // The walk through the visit plan.
                Column {
                    objectName: "tourCard"
                    visible: screen.kind === "tour"
                    width: parent.width
                    spacing: Theme.gap * 0.5
                    PlainText {
                        objectName: "tourSummary"
                        width: parent.width
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: Theme.primaryDark
                        text: screen.tour.ok ? qsTr("%n stop(s)", "", screen.tour.stops.length) + " · "
                                               + qsTr("%1 m · about %n minute(s) on foot", "", screen.tour.minutes).arg(screen.tour.length)
                                             : qsTr("Add booths to your visit first, then come back for the route.")
                    }
                    Chip {
                        objectName: "tourStepFreeChip"
                        visible: screen.tour.ok === true
                        text: qsTr("Step-free (no stairs)")
                        selected: screen.stepFree
                        onClicked: screen.stepFree = !screen.stepFree
                    }
                    Repeater {
                        model: screen.tour.ok ? screen.tour.stops : []
                        delegate: ListRow {
                            required property var modelData
                            objectName: "tourStop-" + modelData.number
                            width: panelColumn.width
                            title: modelData.number + ". " + modelData.title
                            badge: modelData.code
                            marker: "#d81b60"
                            onTapped: Nav.open(modelData.entityKind, modelData.entityId)
                        }
                    }
                    PlainText {
                        width: parent.width
                        visible: screen.tour.ok === true && screen.tour.unreachable.length > 0
                        wrapMode: Text.Wrap
                        text: screen.tour.ok ? qsTr("No way found to: %1").arg(screen.tour.unreachable.join(", ")) : ""
                    }
                }

            }
            QrCard {
                id: routeQr
                objectName: "routeQr"
                width: Math.min(implicitWidth, panelFlick.width)
                visible: screen.route.ok === true && screen.route.url !== "" && screen.kind !== "tour"
                source: visible ? Show.qrFor(screen.route.url) : ""
                address: visible ? Show.displayUrl(screen.route.url) : ""
                usageKind: "route"
                usageId: screen.selected
            }
            }
        }
    }
}
