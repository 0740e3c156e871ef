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
        if (error === "wrong_pin") return asOrganizer ? qsTr("That is not the organizer's PIN.") : qsTr("That PIN is not right for this booth.")
        if (error === "bad_pin_format") return qsTr("A PIN is six digits, 0 to 9.")
        if (error === "unknown_booth") return qsTr("There is no booth with that code.")
        if (error === "no_pepper") return qsTr("PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.")
        if (error === "busy") return qsTr("The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.")
        if (error === "damaged") return qsTr("This PIN cannot be checked. Please ask the organizer for a new one.")
        return ""
    }

    // The other tab: a PIN typed for one is never sent as the other's, and the last message was about the other.
    function switchTo(organizer) {
        asOrganizer = organizer
        pin.text = ""
        StaffSession.forget()
        if (organizer)
            pin.forceActiveFocus()
        else
            code.forceActiveFocus()
    }
    // The field being typed in (with, for the PIN, its button and message) stays in view above the keyboard as the
    // keyboard opens and messages come and go; the heading shows whole or not at all, never cut by the top edge.
    function keepInView() {
        if (!pin.activeFocus && !code.activeFocus)
            return
        // The booth code with the PIN below it when both fit, else the field alone.
        const top = form.y + (pin.activeFocus ? pinArea.y : code.y)
        const bottom = form.y + (pin.activeFocus || pinArea.y + pinArea.height - code.y <= flick.height
                                 ? pinArea.y + pinArea.height : code.y + code.height)
        let y = flick.contentY
        if (bottom > y + flick.height)
            y = bottom - flick.height
        if (top < y)
            y = top
        const headBottom = form.y + header.y + header.height
        if (y > 0 && y < headBottom)
            y = bottom <= flick.height ? 0 : Math.min(headBottom, top)
        y = Math.max(0, y)
        room = Math.max(0, y + flick.height - formBottom)  // room below the form to scroll the heading away whole
        flick.contentY = y
    }
    property real room: 0
    readonly property real formBottom: form.y + form.implicitHeight + Theme.gap

    Component.onCompleted: StaffSession.forget()
    // Once the screen is in place (the stack gives the new screen the focus as it pushes it): typing starts in the
    // booth code, or in the PIN for the organizer.
    StackView.onActivated: Qt.callLater(() => asOrganizer ? pin.forceActiveFocus() : code.forceActiveFocus())

    Flickable {
        id: flick
        objectName: "loginFlick"
        anchors.fill: parent
        contentHeight: screen.formBottom + screen.room
        clip: true
        onHeightChanged: Qt.callLater(screen.keepInView)
        onContentHeightChanged: Qt.callLater(screen.keepInView)
    Column {
        id: form
        x: (flick.width - width) / 2
        y: Theme.gap  // inside the clipped area: Thai marks above the heading's first line are never cut
        width: Math.min(flick.width - Theme.margin * 2, 900 * Theme.scale)
        spacing: Theme.gap * 0.75
        ScreenHeader {
            id: header
            objectName: "loginHeading"
            width: parent.width
            title: qsTr("Staff sign-in")
            subtitle: qsTr("For booth staff and organizers. Visitors: please tap Home.")
        }
        Row {
            spacing: Theme.gap * 0.5
            Chip { objectName: "asStaff"; text: qsTr("Booth staff"); selected: !screen.asOrganizer; onClicked: screen.switchTo(false) }
            Chip { objectName: "asOrganizer"; text: qsTr("Organizer"); selected: screen.asOrganizer; onClicked: screen.switchTo(true) }
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
            onActiveFocusChanged: if (activeFocus) Qt.callLater(screen.keepInView)
            background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: code.activeFocus ? Theme.primary : Theme.line; border.width: 3 }
        }
        PlainText { text: qsTr("PIN (six digits)"); font.bold: true }
        // The button sits beside the PIN and the message below them has its room from the start: with the keyboard up
        // all three stay in view, and a message never moves the button under the finger.
        Column {
            id: pinArea
            width: parent.width
            spacing: form.spacing
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
                onActiveFocusChanged: if (activeFocus) Qt.callLater(screen.keepInView)
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
            height: Math.max(implicitHeight, twoLines.implicitHeight)
            text: screen.problem(StaffSession.error, StaffSession.lockSeconds)
            color: "#b3261e"
            font.bold: true
            PlainText { id: twoLines; visible: false; text: "ที่\nที่"; font: problemText.font }  // the room it keeps
        }
        }
    }
    }
}
