import QtQuick
import Expo

// After sign-in: the staff member's own entries (their city or organisation and its projects), and sign-out.
Item {
    id: screen
    objectName: "staffHomeScreen"
    property string kind
    property string entityId

    ScreenHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: StaffSession.organizer ? qsTr("Signed in as organizer") : qsTr("Your booth: %1").arg(StaffSession.ownerTitle)
        subtitle: StaffSession.organizer ? qsTr("Open any city, exhibitor or project page and tap “Edit this entry”.")
                                         : qsTr("Tap an entry to change it. Visitors see what you publish at once.")
    }

    // "You have changes from 10:42 that are not published": continue, or discard (asked once).
    Column {
        id: unpublished
        objectName: "unpublishedDrafts"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap * 0.5
        Repeater {
            model: StaffSession.unpublished
            delegate: Rectangle {
                id: draftCard
                required property var modelData
                property bool confirming: false
                objectName: "draft-" + modelData.kind + "-" + modelData.id
                width: unpublished.width
                height: draftColumn.implicitHeight + Theme.gap * 2
                radius: Theme.radius
                color: "#fff4d6"
                border.color: Theme.accent
                border.width: 2
                Column {
                    id: draftColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: Theme.gap
                    spacing: Theme.gap * 0.5
                    PlainText {
                        width: parent.width
                        text: draftCard.modelData.id === "new"
                              ? qsTr("You have a new project from %1 that is not published yet.").arg(draftCard.modelData.at)
                              : qsTr("You have changes to %1 from %2 that are not published.").arg(draftCard.modelData.title).arg(draftCard.modelData.at)
                        font.bold: true
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.gap
                        TouchButton {
                            objectName: "continueDraft"
                            primary: true
                            text: qsTr("Continue")
                            onClicked: Nav.open("staffEdit", draftCard.modelData.kind + ":" + draftCard.modelData.id)
                        }
                        TouchButton {
                            objectName: "discardDraft"
                            text: draftCard.confirming ? qsTr("Tap again to discard them") : qsTr("Discard")
                            tint: draftCard.confirming ? "#f6d5d2" : Theme.surface
                            onClicked: {
                                if (!draftCard.confirming) {
                                    draftCard.confirming = true
                                    return
                                }
                                screen.notice = qsTr("Your unpublished changes were discarded.")
                                // Last: the card goes with its draft.
                                StaffSession.discardDraft(draftCard.modelData.kind, draftCard.modelData.id)
                            }
                        }
                    }
                }
            }
        }
        PlainText {
            objectName: "staffHomeNotice"
            width: parent.width
            visible: text !== ""
            text: screen.notice
            font.bold: true
            color: Theme.now
        }
    }
    property string notice: ""

    ListView {
        id: list
        objectName: "staffEntries"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: unpublished.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: signOut.top
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap * 0.75
        model: StaffSession.entries
        delegate: ListRow {
            required property var modelData
            objectName: "edit-" + modelData.kind + "-" + modelData.id
            width: ListView.view.width
            title: modelData.title
            subtitle: modelData.kind === "project" ? qsTr("Project") : qsTr("Your booth's page")
            marker: Theme.accent
            onTapped: Nav.open("staffEdit", modelData.kind + ":" + modelData.id)
        }
    }

    Row {
        id: signOut
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.gap
        TouchButton {
            objectName: "addProjectButton"
            visible: !StaffSession.organizer
            primary: true
            text: qsTr("Add a project")
            onClicked: Nav.open("staffEdit", "project:new")
        }
        TouchButton {
            objectName: "adminButton"
            visible: StaffSession.organizer
            primary: true
            text: qsTr("Kiosk administration")
            onClicked: Nav.open("staffAdmin")
        }
        TouchButton {
            objectName: "signOutButton"
            text: qsTr("Sign out")
            onClicked: StaffSession.signOut()
        }
    }
}
