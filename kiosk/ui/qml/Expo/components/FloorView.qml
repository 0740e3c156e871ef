import QtQuick
import QtQuick.Shapes
import Expo

// One hall of the floor plan: drag to pan, pinch or double-tap to zoom, tap a booth to pick it. FloorPlan paints
// the hall and its labels, turned so that "up" is the way the visitor faces at this kiosk; planContent is an empty
// item with the same transform, which maps taps to metres on the plan. Nothing is laid over the view but what it
// draws itself: a screen keeps its controls beside it, so the fitted view shows the whole hall uncovered.
Item {
    id: view
    objectName: "floorView"
    clip: true

    property string hallId: ""
    readonly property var hall: FloorMap.halls, FloorMap.hall(hallId)  // halls: again in a new language
    property real zoom: 10          // pixels per metre
    property real angle: 0          // degrees the plan is turned
    property real cx: 0             // the plan point (metres) at the middle of the view
    property real cy: 0
    readonly property bool turned: Math.abs(Math.sin(angle * Math.PI / 180)) > 0.7
    readonly property real fitZoom: hall.width && width > 0
        ? Math.min((width - Theme.gap * 2) / (turned ? hall.depth : hall.width),
                   (height - Theme.gap * 2) / (turned ? hall.width : hall.depth)) : 10
    readonly property real minZoom: fitZoom * 0.6
    readonly property real maxZoom: Math.max(fitZoom * 12, 80)
    property string selected: ""
    property var highlighted: []
    property var legs: []
    property var stops: []
    readonly property var here: FloorMap.here
    readonly property int markerSize: Math.min(Math.round(Theme.body * 1.5), Math.round(zoom * 2))
    // What the view was last asked to show (the hall, some points, some booths), shown again when the view changes
    // size; null once the visitor has moved the map.
    property var framing: null
    signal boothTapped(string boothId)
    signal emptyTapped()
    signal planTapped(real x, real y)  // every tap, in metres on the plan

    function clampZoom(z) { return Math.max(minZoom, Math.min(maxZoom, z)) }
    function centreOn(x, y) { cx = x; cy = y }
    function zoomBy(factor) {  // from where a zoom still moving is going: taps in a row multiply
        framing = null
        zoom = clampZoom((zoomAnimation.running ? zoomBehaviour.targetValue : zoom) * factor)
    }
    function reframe() {
        if (framing === null || width <= 0 || height <= 0)
            return
        const was = animated
        animated = false  // the view changed size at once: so does the plan
        if (framing.booths !== undefined)
            showBooths(framing.booths)
        else if (framing.points !== undefined)
            showPoints(framing.points)
        else
            resetView()
        animated = was
    }
    onWidthChanged: Qt.callLater(reframe)  // once both sides and the bindings on them have changed
    onHeightChanged: Qt.callLater(reframe)
    // The whole hall, turned the way the visitor faces when the kiosk stands in it.
    function resetView() {
        if (!hall.width)
            return  // no floor plan yet
        framing = ({})
        angle = here.hall === hallId ? -here.facing : 0
        zoom = fitZoom
        centreOn(hall.width / 2, hall.depth / 2)
    }
    function showBooths(ids) {
        if (ids.length === 0)
            return
        framing = ({ booths: ids })
        let x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9
        for (const id of ids) {
            const b = FloorMap.booth(id)
            x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.w); y1 = Math.max(y1, b.y + b.h)
        }
        const w = (turned ? y1 - y0 : x1 - x0) + 16, h = (turned ? x1 - x0 : y1 - y0) + 16
        zoom = clampZoom(Math.min(fitZoom * 2.5, width / w, height / h))
        centreOn((x0 + x1) / 2, (y0 + y1) / 2)
    }
    function showPoints(points) {
        if (points.length === 0)
            return
        framing = ({ points: points })
        let x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9
        for (const p of points) {
            x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y)
        }
        const w = (turned ? y1 - y0 : x1 - x0) + 10, h = (turned ? x1 - x0 : y1 - y0) + 10
        zoom = clampZoom(Math.min(width / w, height / h, fitZoom * 2.5))
        centreOn((x0 + x1) / 2, (y0 + y1) / 2)
    }
    // The plan point under a point of this view, and the other way round.
    function planPoint(x, y) { return view.mapToItem(plan, x, y) }
    function screenPoint(x, y) {
        const r = angle * Math.PI / 180, dx = (x - cx) * zoom, dy = (y - cy) * zoom
        return Qt.point(width / 2 + dx * Math.cos(r) - dy * Math.sin(r), height / 2 + dx * Math.sin(r) + dy * Math.cos(r))
    }


    FloorPlan {
        objectName: "floorPlan"
        anchors.fill: parent
        floorMap: FloorMap
        hall: view.hallId
        zoom: view.zoom
        angle: view.angle
        cx: view.cx
        cy: view.cy
        textPixels: Theme.body
        fitZoom: view.fitZoom
        background: Theme.surfaceAlt
    }

    Item {
        id: plan
        objectName: "planContent"
        width: view.hall.width || 0
        height: view.hall.depth || 0
        transform: [
            Translate { x: -view.cx; y: -view.cy },
            Rotation { angle: view.angle },
            Scale { xScale: view.zoom; yScale: view.zoom },
            Translate { x: view.width / 2; y: view.height / 2 }
        ]
    }

    Repeater {
        model: view.highlighted
        delegate: Rectangle {  // turned with the plan, drawn in screen pixels
            required property var modelData
            readonly property var booth: FloorMap.booth(modelData)
            readonly property point at: view.screenPoint(booth.x + booth.w / 2, booth.y + booth.h / 2)
            objectName: "highlight-" + modelData
            visible: booth.hall === view.hallId
            width: booth.w * view.zoom + 14
            height: booth.h * view.zoom + 14
            x: at.x - width / 2
            y: at.y - height / 2
            rotation: view.angle
            color: "transparent"
            border.color: "#d81b60"
            border.width: 7
            antialiasing: true
        }
    }

    Repeater {
        model: view.legs
        delegate: Shape {
            required property var modelData
            visible: modelData.hall === view.hallId
            anchors.fill: parent
            ShapePath {
                strokeColor: "#d81b60"
                strokeWidth: 8
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                joinStyle: ShapePath.RoundJoin
                PathPolyline {
                    path: modelData.points.map(p => view.screenPoint(p.x, p.y))
                }
            }
        }
    }

    // Each stop's number at the booth's door, just outside it in the aisle, clear of the booth's label.
    Repeater {
        model: view.stops
        delegate: Rectangle {
            required property var modelData
            readonly property point door: view.screenPoint(modelData.door.x, modelData.door.y)
            readonly property real turn: view.angle * Math.PI / 180
            readonly property real out: view.markerSize / 2 + 2
            objectName: "stop-" + modelData.number
            visible: modelData.hall === view.hallId
            width: view.markerSize; height: width; radius: width / 2
            x: door.x + (modelData.door.nx * Math.cos(turn) - modelData.door.ny * Math.sin(turn)) * out - width / 2
            y: door.y + (modelData.door.nx * Math.sin(turn) + modelData.door.ny * Math.cos(turn)) * out - height / 2
            color: "#d81b60"
            border.color: "#ffffff"
            border.width: 3
            PlainText {
                anchors.centerIn: parent
                text: modelData.number
                color: "#ffffff"
                font.pixelSize: Math.round(parent.width * 0.55)
                font.bold: true
            }
        }
    }

    Item {
        id: hereMarker
        objectName: "youAreHere"
        readonly property point at: view.screenPoint(view.here.x || 0, view.here.y || 0)
        visible: view.here.hall === view.hallId
        x: at.x
        y: at.y
        Rectangle {  // the way the visitor faces
            width: 16; height: 50
            x: -width / 2; y: -height
            radius: 4
            color: "#0b5566"
            rotation: (view.here.facing || 0) + view.angle
            transformOrigin: Item.Bottom
            antialiasing: true
        }
        Rectangle {
            width: 36; height: 36; radius: 18
            x: -18; y: -18
            color: "#0b5566"
            border.color: "#ffffff"
            border.width: 5
        }
    }

    Rectangle {
        objectName: "youAreHereLabel"
        visible: hereMarker.visible
        x: hereMarker.x - width / 2
        y: hereMarker.y + 26
        width: hereText.implicitWidth + 20
        height: hereText.implicitHeight + 8
        radius: 8
        color: "#0b5566"
        PlainText {
            id: hereText
            anchors.centerIn: parent
            text: qsTr("You are here")
            color: "#ffffff"
            font.pixelSize: Theme.small
            font.bold: true
        }
    }

    DragHandler {
        id: drag
        objectName: "mapDrag"
        target: null
        property point last
        onActiveChanged: last = Qt.point(0, 0)
        onActiveTranslationChanged: {
            view.framing = null
            const dx = activeTranslation.x - last.x, dy = activeTranslation.y - last.y
            last = activeTranslation
            const r = -view.angle * Math.PI / 180
            view.cx -= (dx * Math.cos(r) - dy * Math.sin(r)) / view.zoom
            view.cy -= (dx * Math.sin(r) + dy * Math.cos(r)) / view.zoom
        }
    }
    PinchHandler {
        id: pinch
        objectName: "mapPinch"
        target: null
        property real startZoom: 1
        onActiveChanged: if (active) { startZoom = view.zoom; view.framing = null }
        onActiveScaleChanged: view.zoom = view.clampZoom(startZoom * activeScale)
    }
    TapHandler {
        objectName: "mapTap"
        onTapped: (eventPoint) => {
            const p = view.planPoint(eventPoint.position.x, eventPoint.position.y)
            view.planTapped(p.x, p.y)
            const id = FloorMap.boothAt(view.hallId, p.x, p.y)
            if (id !== "")
                view.boothTapped(id)
            else
                view.emptyTapped()
        }
        onDoubleTapped: (eventPoint) => {
            const p = view.planPoint(eventPoint.position.x, eventPoint.position.y)
            view.framing = null
            view.zoom = view.clampZoom(view.zoom * 2)
            view.centreOn(p.x, p.y)
        }
    }
    property bool animated: false  // set once the first view is in place
    Behavior on zoom {
        id: zoomBehaviour
        enabled: view.animated && !pinch.active
        NumberAnimation { id: zoomAnimation; duration: 160; easing.type: Easing.OutCubic }
    }
}
