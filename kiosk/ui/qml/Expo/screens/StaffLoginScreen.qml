import QtQuick
import QtQuick.Controls.Basic
import Expo

// Booth staff and organizers sign in with a booth code and a six-digit PIN (the keyboard shows digits for it).
Item {
    id: screen
    objectName: "staffLoginScreen"
    property string kind
    property string entityId
    readonly property bool wantsKeyboard: true
    readonly property string keyboardLocale: "en_GB"  // booth codes are Latin letters and digits
    property bool asOrganizer: false

    function signIn() {
        if (StaffSession.signIn(asOrganizer ? "organizer" : code.text, pin.text)) {
            pin.text = ""
            Nav.open("staff")
        } else {
            if (StaffSession.error !== "busy")  // busy: the same PIN works in a moment
                pin.text = ""
            pin.forceActiveFocus()
        }
    }
    function problem(error, seconds) {
        if (error === "locked") return qsTr("Too many wrong PINs. Please wait %n second(s) and try again.", "", seconds)
        if (error === "wrong_pin") return qsTr("That PIN is not right for this booth.")
        if (error === "bad_pin_format") return qsTr("A PIN is six digits, 0 to 9.")
        if (error === "unknown_booth") return qsTr("There is no booth with that code.")
        if (error === "no_pepper") return qsTr("PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.")
        if (error === "busy") return qsTr("The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.")
        if (error === "damaged") return qsTr("This PIN cannot be checked. Please ask the organizer for a new one.")
        return ""
    }

    Component.onCompleted: StaffSession.forget()
    // Once the screen is in place (the stack gives the new screen the focus as it pushes it): typing starts in the
    // booth code, or in the PIN for the organizer.
    StackView.onActivated: Qt.callLater(() => asOrganizer ? pin.forceActiveFocus() : code.forceActiveFocus())

    Flickable {
        id: flick
        objectName: "loginFlick"
        anchors.fill: parent
        anchors.topMargin: Theme.gap
        contentHeight: form.implicitHeight + Theme.gap
        clip: true
        // A problem is the last thing in the form: with the keyboard up it would be below the fold.
        onContentHeightChanged: if (problemText.visible) contentY = Math.max(0, contentHeight - height)
    Column {
        id: form
        x: (flick.width - width) / 2
        width: Math.min(flick.width - Theme.margin * 2, 900 * Theme.scale)
        spacing: Theme.gap * 0.75
        ScreenHeader {
            width: parent.width
            title: qsTr("Staff sign-in")
            subtitle: qsTr("For booth staff and organizers. Visitors: please tap Home.")
        }
        Row {
            spacing: Theme.gap * 0.5
            Chip { objectName: "asStaff"; text: qsTr("Booth staff"); selected: !screen.asOrganizer; onClicked: { screen.asOrganizer = false; code.forceActiveFocus() } }
            Chip { objectName: "asOrganizer"; text: qsTr("Organizer"); selected: screen.asOrganizer; onClicked: { screen.asOrganizer = true; StaffSession.forget(); pin.forceActiveFocus() } }
        }
        PlainText { visible: !screen.asOrganizer; text: qsTr("Booth code (for example C21)"); font.bold: true }
        TextField {
            id: code
            objectName: "boothCodeField"
            ContextMenu.menu: null  // no Cut/Copy/Paste menu: not a way out of the kiosk
            visible: !screen.asOrganizer
            width: parent.width
            height: Theme.touch * 1.2
            font.pixelSize: Theme.large
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhLatinOnly
            Accessible.name: qsTr("Booth code")
            onAccepted: pin.forceActiveFocus()
            onTextChanged: StaffSession.forget()  // another booth's wait is not this one's
            onActiveFocusChanged: if (activeFocus) flick.contentY = 0
            background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: code.activeFocus ? Theme.primary : Theme.line; border.width: 3 }
        }
        PlainText { text: qsTr("PIN (six digits)"); font.bold: true }
        // The button sits beside the PIN: with the keyboard up (landscape) both stay in view.
        Row {
            id: pinRow
            width: parent.width
            spacing: Theme.gap * 0.5
            TextField {
                id: pin
                objectName: "pinField"
                ContextMenu.menu: null  // no Cut/Copy/Paste menu: not a way out of the kiosk
                width: parent.width - signInButton.width - pinRow.spacing
                height: Theme.touch * 1.2
                font.pixelSize: Theme.large
                echoMode: TextInput.Password
                maximumLength: 6
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("PIN")
                onAccepted: if (StaffSession.lockSeconds === 0) screen.signIn()
                onActiveFocusChanged: if (activeFocus) flick.contentY = Math.max(0, Math.min(pinRow.y - Theme.gap, flick.contentHeight - flick.height))
                background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: pin.activeFocus ? Theme.primary : Theme.line; border.width: 3 }
            }
            TouchButton {
                id: signInButton
                objectName: "signInButton"
                height: pin.height
                primary: true
                enabled: StaffSession.lockSeconds === 0 && pin.text.length > 0
                text: qsTr("Sign in")
                onClicked: screen.signIn()
            }
        }
        PlainText {
            id: problemText
            objectName: "signInProblem"
            width: parent.width
            visible: text !== ""
            text: screen.problem(StaffSession.error, StaffSession.lockSeconds)
            color: "#b3261e"
            font.bold: true
        }
    }
    }
}
