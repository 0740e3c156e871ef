import QtQuick
import Expo

// The visitor's starred booths in the walking route's order from this kiosk, and one QR code that carries them away.
Item {
    id: screen
    objectName: "visitScreen"
    property string kind
    property string entityId
    property bool offline: false
    readonly property bool portrait: height > width
    Component.onCompleted: VisitPlan.putInWalkingOrder()
    readonly property string heading: Show.eventShortName + " — " + qsTr("My visit")
    readonly property string payload: VisitPlan.favouriteCount, Show.lang,
        (offline ? VisitPlan.planText(heading) : VisitPlan.planUrl())

    ScreenHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        anchors.rightMargin: screen.width - screen.sideLeft + Theme.gap * 2
        title: qsTr("My visit")
        subtitle: VisitPlan.favouriteCount > 0 ? qsTr("%n place(s) to see, in walking order from this kiosk", "", VisitPlan.favouriteCount)
                                             : qsTr("Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.")
    }

    // As on a page: the QR code and the controls never scroll away (see EntityPage.qml).
    readonly property bool planned: VisitPlan.favouriteCount > 0
    readonly property int freeHeight: height - Theme.margin * 2
    readonly property bool oneColumn: !portrait && planQr.implicitHeight + Theme.gap + controls.implicitHeight <= freeHeight
    // Portrait: the controls beside the code when they fit there, else above it across the screen.
    readonly property int besideWidth: width - Theme.margin * 2 - Theme.gap * 2 - planQr.width
    readonly property bool besideCode: controls.naturalWidth <= besideWidth
    readonly property int controlsWidth: portrait ? (besideCode ? besideWidth : width - Theme.margin * 2)
                                                  : oneColumn ? Math.max(planQr.width, controls.naturalWidth) : controls.naturalWidth
    readonly property int bandHeight: !portrait || !planned ? 0
                                      : besideCode ? Math.max(planQr.height, controls.implicitHeight)
                                      : planQr.height + Theme.gap + controls.implicitHeight
    readonly property int sideLeft: portrait || !planned ? width : controls.x
    readonly property int sideTop: Theme.margin

    ListView {
        id: list
        objectName: "visitList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin
        anchors.topMargin: Theme.margin
        anchors.rightMargin: screen.width - screen.sideLeft + Theme.gap * 2
        anchors.bottomMargin: Theme.margin + (screen.bandHeight > 0 ? screen.bandHeight + Theme.gap * 2 : 0)
        clip: true
        spacing: Theme.gap * 0.75
        model: VisitPlan.visit
        // Reach mode: the first row starts within reach; the list scrolls up over the space above it.
        header: Item { width: 1; height: Math.max(0, Theme.reachTop - list.y) }
        delegate: ListRow {
            required property var model
            objectName: "visit-" + model.kind + "-" + model.id
            width: ListView.view.width
            title: model.title
            badge: model.booth_code
            marker: Theme.accent
            onTapped: Nav.open(model.kind, model.id)
        }
    }

    QrCard {
        id: planQr
        objectName: "planQr"
        visible: screen.planned
        x: screen.portrait && !screen.besideCode ? (screen.width - width) / 2
           : screen.oneColumn ? screen.width - Theme.margin - (screen.controlsWidth + width) / 2
           : screen.width - Theme.margin - width
        y: screen.portrait ? screen.height - Theme.margin - height
           : screen.oneColumn && Theme.reachMode ? screen.height - Theme.margin - controls.implicitHeight - Theme.gap - height
           : screen.sideTop
        width: implicitWidth
        height: implicitHeight
        source: Show.qrFor(screen.payload)
        address: screen.offline ? qsTr("Shows the list on your phone, no internet needed") : Show.displayUrl(screen.payload)
        usageKind: "plan"
    }

    Column {
        id: controls
        objectName: "planSide"
        visible: screen.planned
        x: screen.portrait ? Theme.margin : screen.oneColumn ? screen.width - Theme.margin - width
           : screen.width - Theme.margin - planQr.width - Theme.gap * 2 - width
        y: screen.portrait && !screen.besideCode ? planQr.y - Theme.gap - implicitHeight
           : screen.portrait || (!screen.oneColumn && Theme.reachMode) ? screen.height - Theme.margin - implicitHeight
           : screen.oneColumn ? planQr.y + planQr.height + Theme.gap
           : screen.sideTop
        width: screen.controlsWidth
        spacing: Theme.gap
        readonly property int naturalWidth: Math.max(planForms.implicitWidth, walkingRoute.implicitWidth)
        Flow {
            id: planForms
            width: parent.width
            spacing: Theme.gap * 0.5
            Chip { objectName: "planFormUrl"; text: qsTr("Web link"); selected: !screen.offline; onClicked: screen.offline = false }
            Chip { objectName: "planFormText"; text: qsTr("Offline list"); selected: screen.offline; onClicked: screen.offline = true }
        }
        TouchButton {
            id: walkingRoute
            objectName: "walkingRoute"
            width: parent.width
            primary: true
            text: qsTr("Walking route on the map")
            onClicked: Nav.open("tour")
        }
    }
}
