import QtQuick
import Expo

// The floor map: where things are, where the visitor stands, and the way there.
// kind "map" (entityId: nothing, a booth, or a city, exhibitor or project to show), "route" (the way to it),
// "tour" (the way through the visit plan's booths).
// The map's controls and the panel's buttons sit in a bar under the map (within reach, never over a booth); the
// panel beside (landscape) or under (portrait) holds what is read, with the route's QR code always in full view.
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
    readonly property bool routeShown: route.ok !== undefined && kind !== "tour"
    readonly property bool multiLeg: route.ok === true && route.legs.length > 1

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
    Connections {  // the walk follows the visit plan, and names its stops in the visitor's language
        target: VisitPlan
        enabled: screen.kind === "tour" && screen.started
        function onFavouritesChanged() { screen.walkTour() }
    }
    Connections {
        target: Show
        enabled: screen.kind === "tour" && screen.started
        function onLangChanged() { screen.walkTour() }
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
        firstView()
        floor.animated = true  // from now on a new view is reached smoothly
    }
    function firstView() {
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
    Component.onCompleted: Qt.callLater(start)
    Connections {
        target: floor
        function onWidthChanged() { Qt.callLater(screen.start) }
        function onHeightChanged() { Qt.callLater(screen.start) }
    }

    FloorView {
        id: floor
        width: screen.portrait ? parent.width : parent.width - panel.width
        height: (screen.portrait ? parent.height - panel.height : parent.height) - toolbar.height
        onBoothTapped: (boothId) => { if (screen.kind !== "tour") screen.select(boothId) }
        onEmptyTapped: if (screen.kind !== "tour" && screen.route.ok === undefined) screen.select("")
    }

    // Under the map: what the panel's entry can do (left), the map's own controls (right).
    Rectangle {
        id: toolbar
        objectName: "mapToolbar"
        y: floor.height
        width: floor.width
        height: Math.max(actions.height, mapControls.height) + Theme.gap * 2
        color: Theme.background

        Flow {
            id: actions
            objectName: "mapActions"
            x: Theme.gap
            y: Theme.gap
            width: mapControls.x - Theme.gap * 2
            spacing: Theme.gap * 0.5

            // A booth picked.
            TouchButton {
                objectName: "directionsButton"
                visible: screen.selected !== "" && screen.kind !== "tour" && screen.route.ok === undefined
                primary: true
                enabled: screen.hasHere
                text: qsTr("Directions")
                onClicked: screen.directions()
            }
            TouchButton {
                objectName: "detailsButton"
                visible: screen.selected !== "" && screen.kind !== "tour" && screen.route.ok === undefined
                text: qsTr("Details")
                onClicked: Nav.open(screen.booth.entityKind, screen.booth.entityId)
            }
            // The way there.
            Repeater {
                model: screen.routeShown && screen.multiLeg ? screen.route.legs : []
                delegate: Chip {
                    required property var modelData
                    required property int index
                    objectName: "leg-" + index
                    text: (index + 1) + ". " + FloorMap.hall(modelData.hall).name
                    selected: screen.shownLeg === index
                    onClicked: screen.showLeg(index)
                }
            }
            Chip {
                objectName: "stepFreeChip"
                visible: screen.routeShown
                text: qsTr("Step-free (no stairs)")
                selected: screen.stepFree
                onClicked: screen.stepFree = !screen.stepFree
            }
            TouchButton {
                objectName: "routeDetailsButton"
                visible: screen.routeShown
                text: qsTr("Details")
                onClicked: Nav.open(screen.booth.entityKind, screen.booth.entityId)
            }
            // The walk through the visit plan.
            Chip {
                objectName: "tourStepFreeChip"
                visible: screen.kind === "tour" && screen.tour.ok === true
                text: qsTr("Step-free (no stairs)")
                selected: screen.stepFree
                onClicked: screen.stepFree = !screen.stepFree
            }
            // Halls (a route's parts take their place).
            Repeater {
                model: FloorMap.halls.length > 1 && !(screen.routeShown && screen.multiLeg) ? FloorMap.halls : []
                delegate: Chip {
                    required property var modelData
                    objectName: "hall-" + modelData.id
                    text: modelData.name
                    selected: floor.hallId === modelData.id
                    onClicked: { floor.hallId = modelData.id; floor.resetView() }
                }
            }
        }

        Row {
            id: mapControls
            objectName: "zoomButtons"
            x: parent.width - width - Theme.gap
            y: Theme.gap
            spacing: Theme.gap * 0.5
            TouchButton {
                id: legendButton
                objectName: "legendButton"
                text: screen.legendOpen ? qsTr("Hide the key") : qsTr("Map key")
                onClicked: screen.legendOpen = !screen.legendOpen
            }
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
    }

    // The key, over the map above its button while open: a sample of each colour and mark, and what it stands for,
    // one entry a cell of a grid (so that no two entries read as one).
    Rectangle {
        objectName: "legend"
        visible: screen.legendOpen
        width: Math.min(floor.width - Theme.gap * 2, legendGrid.implicitWidth + Theme.gap * 2)
        height: Math.min(floor.height - Theme.gap * 2, legendGrid.implicitHeight + Theme.gap * 2)
        x: floor.width - width - Theme.gap
        y: floor.height - height - Theme.gap
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.line
        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.gap
            contentWidth: legendGrid.implicitWidth
            contentHeight: legendGrid.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            Grid {
                id: legendGrid
                columns: Math.max(1, Math.min(3, Math.ceil(legendRepeater.count / 10)))
                rows: Math.ceil(legendRepeater.count / columns)
                flow: Grid.TopToBottom
                columnSpacing: Theme.gap * 1.5
                rowSpacing: Theme.gap * 0.5
                Repeater {
                    id: legendRepeater
                    model: screen.legendOpen ? FloorMap.legend : []
                    delegate: Row {
                        required property var modelData
                        objectName: "legendEntry"
                        readonly property string colour: modelData.colour
                        readonly property string mark: modelData.mark
                        readonly property string label: modelData.label || Labels.mapKind(modelData.kind)
                        spacing: Theme.gap * 0.5
                        FloorSwatch {
                            width: Math.round(Theme.small * 1.5)
                            height: width
                            anchors.verticalCenter: parent.verticalCenter
                            colour: modelData.colour
                            mark: modelData.mark
                        }
                        PlainText { text: parent.label; font.pixelSize: Theme.small; wrapMode: Text.NoWrap; anchors.verticalCenter: parent.verticalCenter }
                    }
                }
            }
        }
    }

    Rectangle {
        id: panel
        objectName: "mapPanel"
        x: parent.width - width
        y: parent.height - height
        width: screen.portrait ? parent.width : Math.max(parent.width * 0.3, Theme.qrSize + Theme.margin * 3)
        height: screen.portrait ? Math.max(parent.height * 0.4, routeQr.visible ? routeQr.height + Theme.gap * 2 : 0)
                                : parent.height
        color: Theme.background

        // What is read; it scrolls when longer than its room. The QR code has a place of its own, always in view.
        Flickable {
            id: panelFlick
            objectName: "panelText"
            x: Theme.margin
            y: Theme.gap
            width: screen.portrait && routeQr.visible ? routeQr.x - x - Theme.gap : panel.width - Theme.margin * 2
            height: (screen.portrait || !routeQr.visible ? panel.height : routeQr.y) - Theme.gap * 2
            contentHeight: reachSpace.height + panelColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            // In reach mode the walk's stops (rows to tap) start within reach; the text above may scroll up.
            Item {
                id: reachSpace
                width: 1
                height: screen.kind === "tour" ? Math.max(0, Theme.reachTop - panel.y - panelFlick.y) : 0
            }
            Column {
                id: panelColumn
                y: reachSpace.height
                width: panelFlick.width
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
                    PlainText { objectName: "boothCardCode"; width: parent.width; text: qsTr("Booth %1").arg(screen.booth.code || ""); font.pixelSize: Theme.large * 1.15; font.bold: true; color: Theme.primaryDark }
                    PlainText { objectName: "boothCardTitle"; width: parent.width; text: screen.booth.title || ""; font.pixelSize: Theme.large; font.bold: true }
                }

                // The way to the picked booth.
                Column {
                    objectName: "routeCard"
                    visible: screen.routeShown
                    width: parent.width
                    spacing: Theme.gap * 0.5
                    PlainText {
                        objectName: "routeSummary"
                        width: parent.width
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: Theme.primaryDark
                        text: screen.route.ok ? qsTr("%1 m · about %n minute(s) on foot", "", screen.route.minutes).arg(screen.route.length)
                                              : qsTr("No way there from here. Please ask at the information desk.")
                    }
                    PlainText {
                        width: parent.width
                        visible: screen.route.ok === true && screen.route.via.length > 0
                        text: screen.route.ok ? qsTr("Via: %1").arg(screen.route.via.map(k => Labels.feature(k)).join(", ")) : ""
                    }
                }

                // What the booth is, last: the way there comes first when room is short.
                PlainText {
                    visible: screen.selected !== "" && screen.kind !== "tour"
                    width: parent.width
                    text: (screen.booth.kind === "city" ? qsTr("City pavilion") : Labels.mapKind(screen.booth.kind || "")) + " · " + (FloorMap.hall(screen.booth.hall || "").name || "")
                    color: Theme.textMuted
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
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: Theme.primaryDark
                        text: screen.tour.ok ? qsTr("%n stop(s)", "", screen.tour.stops.length) + " · "
                                               + qsTr("%1 m · about %n minute(s) on foot", "", screen.tour.minutes).arg(screen.tour.length)
                                             : qsTr("Add booths to your visit first, then come back for the route.")
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
                        text: screen.tour.ok ? qsTr("No way found to: %1").arg(screen.tour.unreachable.join(", ")) : ""
                    }
                }
            }
        }

        Rectangle {  // more to read below: the text fades out rather than stopping at a cut line
            visible: panelFlick.contentY + panelFlick.height < panelFlick.contentHeight - 1
            x: panelFlick.x
            y: panelFlick.y + panelFlick.height - height
            width: panelFlick.width
            height: Theme.gap * 3
            gradient: Gradient {
                GradientStop { position: 0; color: "transparent" }
                GradientStop { position: 1; color: Theme.background }
            }
        }

        // Landscape: under the text, at the bottom of the panel; portrait: beside the text.
        QrCard {
            id: routeQr
            objectName: "routeQr"
            width: screen.portrait ? Math.min(implicitWidth, panel.width * 0.5) : panel.width - Theme.margin * 2
            x: panel.width - width - Theme.margin
            y: screen.portrait ? Theme.gap : panel.height - height - Theme.gap
            visible: screen.route.ok === true && screen.route.url !== "" && screen.kind !== "tour"
            source: visible ? Show.qrFor(screen.route.url) : ""
            address: visible ? Show.displayUrl(screen.route.url) : ""
            usageKind: "route"
            usageId: screen.selected
        }
    }
}
