import QtQuick
import Expo

// The visitor's starred booths in walking order (hall, then booth code), and one QR code that carries them away.
Item {
    id: screen
    objectName: "visitScreen"
    property string kind
    property string entityId
    property bool offline: false
    readonly property bool portrait: height > width
    readonly property string heading: Show.eventShortName + " — " + qsTr("My visit")
    readonly property string payload: VisitPlan.favouriteCount, Show.lang,
        (offline ? VisitPlan.planText(heading) : VisitPlan.planUrl())

    ScreenHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: qsTr("My visit")
        subtitle: VisitPlan.favouriteCount > 0 ? qsTr("%n place(s) to see, in walking order by hall and booth", "", VisitPlan.favouriteCount)
                                             : qsTr("Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.")
    }

    ListView {
        id: list
        objectName: "visitList"
        anchors.left: parent.left
        anchors.right: screen.portrait ? parent.right : side.left
        anchors.top: header.bottom
        anchors.bottom: screen.portrait ? side.top : parent.bottom
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap * 0.75
        model: VisitPlan.visit
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

    Column {
        id: side
        objectName: "planSide"
        visible: VisitPlan.favouriteCount > 0
        anchors.right: screen.portrait ? undefined : parent.right
        anchors.top: screen.portrait ? undefined : header.bottom
        anchors.bottom: screen.portrait ? parent.bottom : undefined
        anchors.horizontalCenter: screen.portrait ? parent.horizontalCenter : undefined
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.gap * 0.5
            Chip { objectName: "planFormUrl"; text: qsTr("Web link"); selected: !screen.offline; onClicked: screen.offline = false }
            Chip { objectName: "planFormText"; text: qsTr("Offline list"); selected: screen.offline; onClicked: screen.offline = true }
        }
        TouchButton {
            objectName: "walkingRoute"
            anchors.horizontalCenter: parent.horizontalCenter
            primary: true
            text: qsTr("Walking route on the map")
            onClicked: Nav.open("tour")
        }
        QrCard {
            objectName: "planQr"
            anchors.horizontalCenter: parent.horizontalCenter
            source: Show.qrFor(screen.payload)
            address: screen.offline ? qsTr("Shows the list on your phone, no internet needed") : Show.displayUrl(screen.payload)
            usageKind: "plan"
        }
    }
}
