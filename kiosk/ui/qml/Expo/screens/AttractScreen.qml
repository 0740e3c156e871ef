import QtQuick
import Expo

// Shown at start and after idle: a calm slideshow; any touch goes home.
Rectangle {
    id: screen
    objectName: "attractScreen"
    property string kind
    property string entityId
    property int slide: 0
    readonly property var slides: Browse.featured
    readonly property var current: slides.length > 0 ? slides[slide % slides.length] : ({})
    color: Theme.primaryDark

    Timer {
        interval: 6000
        running: screen.slides.length > 1
        repeat: true
        onTriggered: screen.slide = (screen.slide + 1) % screen.slides.length
    }

    // The visitor has not chosen a language yet: the invitation goes through every language offered, slowly.
    property int line: 0
    readonly property var invitation: Show.invitations[line % Show.invitations.length]
    Timer {
        objectName: "invitationTimer"
        interval: 3000
        running: Show.invitations.length > 1
        repeat: true
        onTriggered: screen.line = (screen.line + 1) % Show.invitations.length
    }

    MouseArea {
        objectName: "attractTouch"
        anchors.fill: parent
        onClicked: Nav.home()
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Touch the screen to start")
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin * 2
        spacing: Theme.gap
        PlainText { width: parent.width; text: Show.eventName; color: Theme.inkOnPrimary; font.pixelSize: Theme.title; font.bold: true }
        PlainText { width: parent.width; text: Show.eventTheme; color: "#f3c98b"; font.pixelSize: Theme.large }
        PlainText { width: parent.width; text: Show.eventDates + "  ·  " + Show.eventVenue; color: Qt.rgba(1, 1, 1, 0.8) }
    }

    Column {
        id: slideText
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.margin * 2
        spacing: Theme.gap
        Behavior on opacity { NumberAnimation { duration: 400 } }
        PlainText { width: parent.width; text: screen.current.subtitle || ""; color: "#f3c98b"; font.pixelSize: Theme.large }
        PlainText { width: parent.width; text: screen.current.title || ""; color: Theme.inkOnPrimary; font.pixelSize: Theme.display * 1.3; font.bold: true }
        LocalName {
            width: parent.width
            name: screen.current.local || ""
            family: screen.current.local_font || ""
            visible: text !== ""
            color: Qt.rgba(1, 1, 1, 0.85)
            font.pixelSize: Theme.title
        }
        PlainText { width: parent.width; text: screen.current.detail || ""; color: Qt.rgba(1, 1, 1, 0.85); font.pixelSize: Theme.large }
    }

    LocalName {
        objectName: "invitation"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: languages.top
        anchors.margins: Theme.margin * 2
        horizontalAlignment: Text.AlignHCenter
        name: screen.invitation.touch
        family: screen.invitation.font
        color: Theme.inkOnPrimary
        font.pixelSize: Theme.title
        font.bold: true
    }

    Row {
        id: languages
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin * 1.5
        spacing: Theme.gap * 2
        Repeater {  // two languages: a button each
            model: Show.languages.length <= 2 ? Show.languages : []
            TouchButton {
                required property var modelData
                objectName: "attract-lang-" + modelData.code
                text: modelData.name
                primary: true
                onClicked: { Show.setLanguage(modelData.code); Nav.home() }
            }
        }
        TouchButton {  // more: the language sheet, its button asking in each language in turn
            objectName: "attract-languages"
            visible: Show.languages.length > 2
            text: screen.invitation.choose
            font.family: screen.invitation.font
            Accessible.name: qsTr("Choose your language")
            primary: true
            onClicked: Nav.chooseLanguage()
        }
    }
}
