import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Window
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Expo

ApplicationWindow {
    id: root
    objectName: "kioskWindow"
    required property string startScreen
    required property bool kioskMode
    width: 1920
    height: 1080
    visible: false
    title: qsTr("Exhibition kiosk")
    color: Theme.background

    Binding { target: Theme; property: "scale"; value: Math.max(0.6, Math.min(root.width, root.height) / 1080) }
    Binding { target: Theme; property: "family"; value: Show.fontFamily }
    font.family: Theme.family
    Binding { target: Theme; property: "mm"; value: Math.max(3.5, Screen.pixelDensity) }

    readonly property bool portrait: height > width
    readonly property string currentScreen: stack.currentItem !== null ? stack.currentItem.objectName : ""
    property bool troubled: false  // an unexpected error: the kiosk is about to start afresh
    property bool closing: false   // the window is being taken down (Kiosk.close)
    readonly property bool onAttract: currentScreen === "attractScreen"

    StackView {
        id: stack
        objectName: "stack"
        anchors.top: reachNotice.visible ? reachNotice.bottom : staffBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: navBar.visible ? navBar.top : keyboard.top
        pushEnter: Transition { PropertyAnimation { property: "opacity"; from: 0; to: 1; duration: 120 } }
        pushExit: Transition { PropertyAnimation { property: "opacity"; from: 1; to: 0; duration: 120 } }
        popEnter: Transition { PropertyAnimation { property: "opacity"; from: 0; to: 1; duration: 120 } }
        popExit: Transition { PropertyAnimation { property: "opacity"; from: 1; to: 0; duration: 120 } }
        replaceEnter: Transition { PropertyAnimation { property: "opacity"; from: 0; to: 1; duration: 160 } }
        replaceExit: Transition { PropertyAnimation { property: "opacity"; from: 1; to: 0; duration: 160 } }
    }

    // The list screens are slow to make (30-40 ms of chips and rows, most of a tap's 50 ms budget), and so are an
    // entry's page's items, so one of each is made ahead, one every tenth of a second while a screen stays put, and
    // a tap only shows it (a page made ahead is given its entry by the tap). A spare has never been shown: every
    // visitor still gets a fresh screen. A used one is destroyed once off the stack.
    readonly property var spareKinds: Browse.screensMadeAhead
    property var spares: ({})    // kind -> a screen made ahead
    property var sparesInUse: [] // spares taken, while on the stack
    Item {
        id: spareShelf
        objectName: "spareShelf"
        anchors.fill: stack  // a spare is laid out at the size it is shown at
        visible: false
    }
    function takeSpare(kind) {
        const spare = spares[kind]
        if (spare === undefined)
            return null
        delete spares[kind]
        sparesInUse.push(spare)
        return spare
    }
    Timer {
        id: spareMaker
        interval: 100
        repeat: true
        onTriggered: {
            root.sparesInUse = root.sparesInUse.filter(item => {
                if (item.StackView.index >= 0)
                    return true
                item.destroy()
                return false
            })
            for (const key in root.screenTypes)  // each compiled once (all together about 15 ms from the disk cache)
                if (!root.closing)
                    root.componentOf(key)
            // One at a time, and never while a screen of that kind is on the stack: screens of a kind share their
            // list, and a new one shows the whole list.
            const kind = root.spareKinds.find(k => root.spares[k] === undefined
                                                   && stack.find(item => item.kind === k, StackView.DontLoad) === null)
            if (kind === undefined || root.troubled || root.closing)
                stop()
            else
                root.spares[kind] = root.componentFor(kind).createObject(spareShelf, {
                    "kind": kind, "entityId": "", "width": Qt.binding(() => spareShelf.width),
                    "height": Qt.binding(() => spareShelf.height) })
        }
    }

    NavBar {
        id: navBar
        objectName: "navBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.top
        visible: !root.onAttract
        canGoBack: stack.depth > 1
        onAccessibilityRequested: accessibility.visible = !accessibility.visible
    }

    AccessibilityPanel {
        id: accessibility
        visible: false
        z: 50
        anchors.right: parent.right
        anchors.bottom: navBar.top
        anchors.margins: Theme.margin
        width: Math.min(root.width - Theme.margin * 2, 900 * Theme.scale)
        onDone: visible = false
    }
    LanguageSheet {
        id: languageSheet
        visible: false
        z: 60
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: keyboard.top
        onChosen: code => {
            visible = false
            Show.setLanguage(code)
            if (root.onAttract)
                Nav.home()
        }
    }
    // Reach mode: a slim notice; each screen keeps its controls below Theme.reachTop (its own content may scroll
    // above it), within a seated visitor's reach.
    Rectangle {
        id: reachNotice
        objectName: "reachNotice"
        visible: Theme.reachMode && !root.onAttract && !root.onStaffScreen  // a visitor's choice: not for staff screens
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: staffBar.bottom
        height: visible ? reachText.implicitHeight + Theme.gap : 0
        color: Theme.surfaceAlt
        PlainText {
            id: reachText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Everything within reach is on. Turn it off with “Aa” below.")
            font.pixelSize: Theme.small
            color: Theme.textMuted
        }
    }
    Binding {
        target: Theme
        property: "reachTop"
        value: reachNotice.visible ? Math.max(0, Math.round(root.height * 0.3) - stack.y) : 0
    }

    // The on-screen keyboard lives inside the kiosk window, under the screen: it never covers the field.
    // It is created the first time a screen with a text field opens, so start-up does not wait for it.
    property bool keyboardWanted: false
    Connections {
        target: stack
        function onCurrentItemChanged() {
            if (stack.currentItem !== null && (stack.currentItem.objectName === "searchScreen"
                                               || stack.currentItem.wantsKeyboard === true))
                root.keyboardWanted = true
            spareMaker.restart()
        }
    }
    Loader {
        id: keyboard
        objectName: "keyboardLoader"
        active: root.keyboardWanted
        // Not wider than 1.2 times the window's height: on a landscape screen a full-width keyboard would take
        // more than half the height (its height follows its width), and the search needs four results above it.
        // Its keys stay finger-sized (at 1920x1080 a Thai letter key is about 93x61 px, 24x15 mm).
        width: Math.min(root.width, Math.round(root.height * 1.2))
        x: (root.width - width) / 2
        y: item !== null && item.active ? root.height - height : root.height
        sourceComponent: InputPanel {
            objectName: "keyboard"
            visible: active
        }
    }
    Binding { target: Idle; property: "typing"; value: Qt.inputMethod.visible }
    // On staff screens staff sessions time themselves (2 minutes); on visitor screens the visitor countdown runs,
    // and when it ends the staff session ends with it.
    readonly property bool onStaffScreen: root.currentScreen.indexOf("staff") === 0
    Binding { target: Idle; property: "paused"; value: root.onAttract || (StaffSession.signedIn && root.onStaffScreen) }

    // While someone is signed in, every screen says so and offers the way out.
    Rectangle {
        id: staffBar
        objectName: "staffBar"
        visible: StaffSession.signedIn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: visible ? staffBarRow.implicitHeight + Theme.gap : 0
        color: Theme.accent
        Row {
            id: staffBarRow
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.gap
            PlainText {
                anchors.verticalCenter: parent.verticalCenter
                text: StaffSession.organizer ? qsTr("Organizer signed in") : qsTr("Staff of %1 signed in").arg(StaffSession.ownerTitle)
                color: "#ffffff"
                font.bold: true
            }
            TouchButton { objectName: "staffBarSignOut"; text: qsTr("Sign out"); onClicked: StaffSession.signOut() }
        }
    }

    // The way in for booth staff and organizers: press and hold the top-left corner for three seconds. Visitors
    // do not find it by chance, and it takes nothing away from them (a press there still reaches the screen).
    Item {
        objectName: "staffCorner"
        z: 90
        width: Theme.touch * 1.5
        height: Theme.touch * 1.5
        TapHandler {
            objectName: "staffCornerHold"
            longPressThreshold: 3
            gesturePolicy: TapHandler.WithinBounds
            grabPermissions: PointerHandler.ApprovesTakeOverByAnything
            onLongPressed: {
                Qt.inputMethod.hide()
                root.open(StaffSession.signedIn ? "staff" : "staffLogin", "")
            }
        }
    }
    Connections {
        target: StaffSession
        function onEnded() {
            // Said in the staff member's language, before the kiosk turns to the next visitor's.
            const said = root.endedSaying(StaffSession.endReason)
            root.forgetVisitor()  // the forms go with their screens; what was typed is kept as a draft
            toast.show(said)
        }
    }
    function endedSaying(reason) {
        const kept = qsTr("What you typed and did not publish is kept on this kiosk: sign in again to go on.")
        if (reason === "idle")
            return qsTr("The staff session ended after 2 minutes without a touch.") + " " + kept
        if (reason === "limit")
            return qsTr("The staff session ended: a session lasts 15 minutes at most.") + " " + kept
        if (reason === "revoked")
            return qsTr("The staff session ended: this PIN no longer works. Please ask the organizer.")
        return qsTr("Signed out.") + " " + kept
    }
    // A message over the screen it was said on, for a few seconds; it never takes a touch, and goes with the screen.
    Rectangle {
        id: toast
        objectName: "toast"
        property alias text: toastText.text
        property Item shownOn: null
        function show(message) {
            text = message
            shownOn = stack.currentItem
            toastTimer.restart()
        }
        Connections {
            target: stack
            function onCurrentItemChanged() { if (stack.currentItem !== toast.shownOn) toastTimer.stop() }
        }
        z: 96
        visible: toastTimer.running
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: navBar.visible ? navBar.top : keyboard.top
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - Theme.margin * 2, toastText.implicitWidth + Theme.margin * 2)
        height: toastText.implicitHeight + Theme.gap * 2
        radius: Theme.radius
        color: Theme.primaryDark
        PlainText {
            id: toastText
            objectName: "toastText"
            anchors.centerIn: parent
            width: Math.min(implicitWidth, root.width - Theme.margin * 4)
            color: Theme.inkOnPrimary
            font.bold: true
        }
        Timer { id: toastTimer; interval: 8000 }
    }
    // A staff session's "Still there?": a countdown before a quiet session ends (its typing is kept as a draft).
    Countdown {
        objectName: "staffIdleOverlay"
        z: 101
        visible: StaffSession.secondsLeft >= 0
        canContinue: !StaffSession.atLimit
        title: StaffSession.atLimit ? qsTr("Your session is nearly over") : qsTr("Still there?")
        message: (StaffSession.atLimit
                  ? qsTr("A staff session lasts 15 minutes at most. It ends in %n second(s).", "", StaffSession.secondsLeft)
                  : qsTr("Your staff session ends in %n second(s).", "", StaffSession.secondsLeft))
                 + " " + qsTr("What you typed is kept.")
        buttonText: qsTr("Keep editing")
        messageName: "staffIdleCountdown"
        buttonName: "staffKeepEditing"
        onCarryOn: StaffSession.keepGoing()
    }
    // The kiosk starts afresh: for the next visitor, after the countdown or when a staff session ends.
    function forgetVisitor() {
        Usage.visitorLeft()
        Qt.inputMethod.hide()
        Speech.stop()
        accessibility.visible = false
        languageSheet.visible = false
        Theme.resetVisitorChoices()
        Show.resetVisitor()
        root.open("attract", "")
    }

    // "Still there?": after the idle time, a countdown; at its end the kiosk forgets the visitor.
    Countdown {
        id: idleOverlay
        objectName: "idleOverlay"
        z: 100
        visible: Idle.warning
        title: qsTr("Still there?")
        message: qsTr("The kiosk starts again for the next visitor in %n second(s).", "", Idle.secondsLeft)
        buttonText: qsTr("Continue")
        messageName: "idleCountdown"
        buttonName: "idleContinue"
        touchName: "idleOverlayTouch"
        onCarryOn: Idle.activity()
    }
    Connections {
        target: Idle
        function onExpired() {
            Usage.idleReset()
            if (StaffSession.signedIn)
                StaffSession.signOut()  // ends in forgetVisitor()
            else
                root.forgetVisitor()
        }
    }

    // After an unexpected error: a calm screen while the kiosk restarts; it takes every touch.
    Rectangle {
        objectName: "troubleScreen"
        anchors.fill: parent
        z: 1000
        visible: root.troubled
        color: Theme.primary
        MouseArea { anchors.fill: parent }
        Column {
            anchors.centerIn: parent
            width: parent.width - Theme.margin * 2
            spacing: Theme.gap * 2
            PlainText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Back in a moment")
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.display
                font.bold: true
            }
            PlainText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("The kiosk is starting again. It takes a few seconds.")
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.large
            }
        }
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        // A screen may ask for a layout for its focused field (booth codes in Latin letters, the Thai text of an
        // entry in Thai); otherwise the keyboard follows the visitor's language.
        value: stack.currentItem !== null && stack.currentItem.keyboardLocale ? stack.currentItem.keyboardLocale
                                                                              : Show.locale
    }
    Component.onCompleted: {
        // The keyboard's language key cycles through these (a locale the keyboard lacks is left out by it).
        VirtualKeyboardSettings.activeLocales = Show.keyboardLocales
        openTarget(root.startScreen)
    }

    // Which screen a name opens, and who may open it, is Screens' to say; here only its key's type. A screen's
    // component is compiled when it is first wanted, not with this window: the first frame waits only for the
    // attract screen's (the spare maker compiles the others a tenth of a second after a screen is shown).
    readonly property var screenTypes: ({
        "attract": "AttractScreen", "home": "HomeScreen", "cities": "CitiesScreen", "exhibitors": "ExhibitorsScreen",
        "projects": "ProjectsScreen", "programme": "ProgrammeScreen", "entity": "EntityPage", "search": "SearchScreen",
        "visit": "VisitScreen", "map": "MapScreen", "staffLogin": "StaffLoginScreen", "staffHome": "StaffHomeScreen",
        "staffEdit": "StaffEditScreen", "staffPictures": "StaffPicturesScreen", "staffAdmin": "StaffAdminScreen",
        "staffPlace": "StaffPlaceScreen"
    })
    property var components: ({})  // key -> its component, once compiled
    function componentOf(key) {
        if (components[key] === undefined && screenTypes[key] !== undefined)
            components[key] = Qt.createComponent("Expo", screenTypes[key])
        return components[key] || null
    }
    function componentFor(screen) { return componentOf(Screens.screenFor(screen)) }

    // Opens "name" or "name:id" on top of the current screen; the attract screen and home start afresh.
    function open(screen, id) {
        const component = componentFor(screen)
        if (component === null) {
            console.info("Unknown screen:", screen)
            return false
        }
        const props = { "kind": screen, "entityId": id || "" }
        Usage.opened(screen, id || "")
        if (screen === "home" && stack.depth > 0 && stack.get(0).objectName === "homeScreen") {
            stack.pop(null, StackView.Immediate)  // Home is kept at the bottom: going back to it is instant
            return true
        }
        if (screen === "attract" || screen === "home") {
            stack.replace(null, component, props, StackView.Immediate)
        } else {
            const spare = takeSpare(screen)
            stack.push(spare !== null ? spare : component, props, StackView.Immediate)
        }
        return true
    }

    // The first screen: "home", "cities" or "exhibitor:huawei"; Back from it leads home.
    function openTarget(target) {
        const to = Screens.split(target)
        if (to.name !== "attract" && to.name !== "home")
            open("home", "")
        return open(to.name, to.id)
    }

    Connections {
        target: Nav
        function onRequested(screen, id) { root.open(screen, id) }
        function onBackRequested() { if (stack.depth > 1) stack.pop(StackView.Immediate) }
        function onHomeRequested() { root.open("home", "") }
        function onLanguagesRequested() { accessibility.visible = false; languageSheet.visible = true }
    }
}
