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

    ListView {
        id: list
        objectName: "staffEntries"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
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
