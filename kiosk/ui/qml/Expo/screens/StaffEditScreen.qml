import QtQuick
import QtQuick.Controls.Basic
import Expo

// Change one entry (entityId is "city:bangkok", "exhibitor:huawei" or "project:<id>") in Thai, English and the show's
// other languages, look at it as visitors will, publish it, or go back to an earlier version. What is typed is kept
// as a draft at once, so a check that fails, Back, Home, a language switch or the end of the session loses nothing.
Item {
    id: screen
    objectName: "staffEditScreen"
    property string kind
    property string entityId
    readonly property bool wantsKeyboard: true
    property string keyboardLocale: ""  // the focused field's language: Thai for Thai text, English otherwise
    readonly property var entry: Screens.split(entityId)  // "city:bangkok"
    readonly property string entryKind: entry.name
    readonly property string entryId: entry.id
    property int savedRevision: 0  // up after each publish: the form then compares with what is published
    readonly property var original: (savedRevision, StaffSession.draft(entryKind, entryId))
    readonly property var fieldList: StaffSession.fields(entryKind)  // in the form's order: {name, type}
    property int formRevision: 0  // up when the fields start again (a restore, a discarded draft)
    property var resumed: ({})  // the draft this form started from: {changes, at}
    property var problems: ({})
    property string notice: ""
    property bool noticeIsProblem: false
    property var previewPage: null
    property int historyRevision: 0
    property int restoreVersion: 0  // the version a Restore tap asks about
    property bool confirmRemove: false
    readonly property var page: (Show.lang, Show.page(entryKind, entryId))
    readonly property string heading: page.name || page.title || entryId
    readonly property bool isNew: entryKind === "project" && entryId === "new"

    Component.onCompleted: {
        resumed = StaffSession.savedDraft(entryKind, entryId)
        if (resumed.at !== undefined)
            say(qsTr("Your changes from %1 are back. They are not published yet.").arg(resumed.at), false)
    }

    function label(name) {
        if (name === "name") return qsTr("Name")
        if (name === "short_name") return qsTr("Short name")
        if (name === "description") return qsTr("Description")
        if (name === "vision") return qsTr("Vision")
        if (name === "profile") return qsTr("About")
        if (name === "website") return qsTr("Website (https://…)")
        if (name === "contact_email") return qsTr("Contact e-mail")
        if (name === "title") return qsTr("Title")
        if (name === "status") return qsTr("Status (2019 and now)")
        if (name === "status_year") return qsTr("Year of the status")
        if (name === "url") return qsTr("Web page (https://…)")
        if (name === "focus_area_id") return qsTr("Focus area")
        return name
    }
    function languageName(code) {
        const found = StaffSession.textLanguages.find(l => l.code === code)
        return found ? found.name : code
    }
    function part(p) { return p.lang ? label(p.field) + " (" + languageName(p.lang) + ")" : label(p.field) }
    function who(w) {
        if (w.role === "organizer") return qsTr("the organizer")
        if (w.role === "staff") return w.booths.length ? qsTr("staff %1").arg(w.booths.join(", ")) : qsTr("booth staff")
        return qsTr("the organizer's data")
    }
    function versionLine(v) {
        const start = qsTr("Version %1 · %2").arg(v.version).arg(v.when)
        if (v.restored_from)
            return start + " · " + qsTr("restored from version %1 by %2").arg(v.restored_from).arg(who(v.who))
        if (v.note === "original")
            return start + " · " + qsTr("as it was first")
        if (v.note === "removed")
            return start + " · " + qsTr("removed by %1").arg(who(v.who))
        if (v.note === "added")
            return start + " · " + qsTr("added by %1").arg(who(v.who))
        if (!v.changed.length)
            return start + " · " + qsTr("by %1").arg(who(v.who))
        return start + " · " + qsTr("%1 changed by %2").arg(v.changed.map(part).join(", ")).arg(who(v.who))
    }
    // The value a field starts with: the resumed draft's, else what is published.
    function startOf(name) {
        const changes = resumed.changes
        return changes !== undefined && changes[name] !== undefined ? changes[name] : original[name]
    }
    // What the form holds now, field by field ({th, en, …} for texts kept per language).
    function values() {
        const out = {}
        for (let i = 0; i < fields.count; ++i) {
            const f = fields.itemAt(i)
            if (f !== null)
                out[f.name] = f.value()
        }
        return out
    }
    function changes() { return StaffSession.changes(entryKind, entryId, values()) }
    // A field was changed by hand: its mark goes, and the form is kept as a draft at once.
    function edited(key) {
        if (problems[key] !== undefined) {
            const left = Object.assign({}, problems)
            delete left[key]
            problems = left
        }
        StaffSession.keepDraft(entryKind, entryId, values())
    }
    function say(text, problem) {
        notice = text
        noticeIsProblem = problem
    }
    // Preview, Publish and the other actions close the keyboard first: what they show is not hidden under it.
    function putKeyboardAway() {
        Qt.inputMethod.hide()
        screen.forceActiveFocus()
    }
    function showProblems(result) {
        const found = {}
        if (!result.ok)
            for (const p of result.problems)
                found[p.field + (p.lang ? "." + p.lang : "")] = p.message
        problems = found
    }
    function showFirstProblem() {
        for (let i = 0; i < fields.count; ++i)
            if (fields.itemAt(i).takeFocusIfRefused())
                return
    }
    function showPreview() {
        const result = StaffSession.preview(entryKind, entryId, changes())
        showProblems(result)
        previewPage = result.ok ? result.page : null
        if (!result.ok) {
            say(problems[""] || qsTr("The preview needs the marked fields checked first."), true)
            showFirstProblem()
        }
    }
    function publish() {
        putKeyboardAway()
        const result = StaffSession.publish(entryKind, entryId, changes())
        showProblems(result)
        previewPage = null
        historyRevision += 1
        if (result.ok) {
            if (isNew) {  // from now on the form is the saved project's
                entityId = "project:" + result.id
                inView = null
                formRevision += 1
            }
            savedRevision += 1  // (after a refusal the form keeps everything typed)
            resumed = ({})
            say(qsTr("Published. Visitors see it now."), false)
            return
        }
        say(problems[""] ? qsTr("Nothing was published.") + " " + problems[""]
                         : qsTr("Nothing was published: please check the marked fields."), true)
        showFirstProblem()
    }
    function restore(version) {
        const result = StaffSession.revert(entryKind, entryId, version)
        restoreVersion = 0
        if (!result.ok) {
            say((result.problems[0] || {}).message || "", true)
            return
        }
        resumed = ({})
        problems = ({})
        savedRevision += 1
        inView = null
        formRevision += 1  // the fields start again from what was restored
        historyRevision += 1
        flick.contentY = 0
        say(qsTr("Restored version %1. Visitors see it now.").arg(version), false)
    }
    function discardDraft() {
        StaffSession.discardDraft(entryKind, entryId)
        resumed = ({})
        problems = ({})
        inView = null
        formRevision += 1
        say(qsTr("Your unpublished changes were discarded."), false)
    }
    // Keeps a field's caption and its text (the cursor's line) in view above the keyboard.
    property var inView: null  // the last [item, top, bottom] kept in view: again when the keyboard takes room
    function keepInView() {
        const typing = Window.activeFocusItem
        if (inView !== null && typing !== null && typing.objectName.indexOf("field-") === 0)
            bringIntoView(...inView)
    }
    function bringIntoView(item, top, bottom) {  // bottom -1: the item's own height when it is laid out
        inView = [item, top, bottom]
        form.forceLayout()  // the positions of this frame, not the last one's
        const y0 = item.mapToItem(form, 0, top).y
        const y1 = item.mapToItem(form, 0, bottom < 0 ? item.height : bottom).y
        if (y0 < flick.contentY)
            flick.contentY = Math.max(0, y0)
        else if (y1 > flick.contentY + flick.height)
            flick.contentY = Math.min(Math.max(0, form.implicitHeight - flick.height), y1 - flick.height)
    }
    Connections {
        target: Show
        function onLangChanged() { if (screen.previewPage !== null) screen.showPreview() }  // in the new language
    }

    // Always in view, whatever the form's scroll: preview and publish.
    Flow {
        id: actions
        objectName: "editActions"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.margin
        spacing: Theme.gap
        TouchButton {
            objectName: "previewButton"
            text: qsTr("Preview")
            onClicked: {
                screen.putKeyboardAway()
                screen.showPreview()
            }
        }
        TouchButton {
            objectName: "publishButton"
            primary: true
            text: qsTr("Publish")
            onClicked: screen.publish()
        }
        TouchButton {
            objectName: "picturesButton"
            visible: !screen.isNew
            text: qsTr("Logo and photos")
            onClicked: Nav.open("staffPictures", screen.entityId)
        }
        TouchButton {
            objectName: "discardDraftButton"
            visible: screen.resumed.at !== undefined
            text: qsTr("Discard my changes")
            onClicked: screen.discardDraft()
        }
    }
    // What the last action did. It grows upwards from the buttons, so nothing in the form moves under a finger.
    Item {
        id: noticeLine
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: actions.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        height: screen.notice !== "" ? noticeText.implicitHeight + Theme.gap * 0.5 : 0
        PlainText {
            id: noticeText
            objectName: "editNotice"
            width: parent.width
            anchors.bottom: parent.bottom
            visible: text !== ""
            text: screen.notice
            font.bold: true
            color: screen.noticeIsProblem ? "#b3261e" : Theme.now
        }
    }

    Flickable {
        id: flick
        objectName: "editFlick"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: noticeLine.top
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.gap
        contentHeight: form.implicitHeight
        clip: true
        onHeightChanged: Qt.callLater(screen.keepInView)
        Column {
            id: form
            width: flick.width
            spacing: Theme.gap
            onImplicitHeightChanged: Qt.callLater(screen.keepInView)  // a field grew (its hints, its message)
            ScreenHeader {
                objectName: "editHeader"
                width: parent.width
                title: screen.isNew ? qsTr("New project") : qsTr("Edit: %1").arg(screen.heading)
                subtitle: qsTr("Visitors see the English text where their language is empty.")
            }
            Repeater {
                id: fields
                model: screen.formRevision >= 0 ? screen.fieldList.slice() : []
                delegate: Column {
                    id: field
                    required property var modelData
                    readonly property string name: modelData.name
                    readonly property var start: screen.startOf(name)
                    readonly property bool perLanguage: modelData.type === "texts"
                    readonly property bool choice: modelData.type === "focus_area"
                    readonly property bool long: modelData.multiline
                    property string chosen: choice ? start : ""
                    property var opened: ({})  // the other languages whose box a chip opened
                    function shows(lang) {
                        return lang === "th" || lang === "en" || !!start[lang] || opened[lang] === true
                    }
                    function open(index) {
                        const editor = editors.itemAt(index)
                        opened = Object.assign({ [editor.lang]: true }, opened)
                        editor.box.forceActiveFocus()
                        Qt.inputMethod.show()
                    }
                    function value() {
                        if (choice)
                            return chosen
                        if (!perLanguage)
                            return single.text
                        const v = Object.assign({}, start)
                        for (let i = 0; i < editors.count; ++i)
                            v[editors.itemAt(i).lang] = editors.itemAt(i).text
                        return v
                    }
                    // The refused part of this field, if any, takes the focus and comes into view.
                    function takeFocusIfRefused() {
                        const parts = perLanguage ? [] : [[name, single]]
                        for (let i = 0; i < editors.count; ++i)
                            parts.push([name + "." + editors.itemAt(i).lang, editors.itemAt(i).box, i])
                        for (const [key, editor, index] of parts) {
                            if (screen.problems[key] === undefined)
                                continue
                            if (choice)
                                screen.bringIntoView(field, 0, field.height)
                            else if (index !== undefined)
                                open(index)  // ready to mend it
                            else {
                                editor.forceActiveFocus()
                                Qt.inputMethod.show()
                            }
                            return true
                        }
                        return false
                    }
                    width: form.width
                    spacing: Theme.gap * 0.4
                    PlainText {
                        id: caption
                        visible: !field.perLanguage
                        text: screen.label(field.name)
                        font.bold: true
                        color: Theme.primaryDark
                    }
                    Flow {
                        objectName: "choices-" + field.name
                        visible: field.choice
                        width: parent.width
                        spacing: Theme.gap * 0.5
                        Repeater {
                            model: field.choice ? (Show.lang, StaffSession.focusAreas(Show.lang)) : []
                            delegate: Chip {
                                required property var modelData
                                objectName: "choice-" + modelData.id
                                text: modelData.name
                                selected: field.chosen === modelData.id
                                onClicked: {
                                    field.chosen = modelData.id
                                    screen.edited(field.name)
                                }
                            }
                        }
                    }
                    TextField {
                        id: single
                        objectName: "field-" + field.name
                        ContextMenu.menu: null  // no Cut/Copy/Paste menu: not a way out of the kiosk
                        visible: !field.perLanguage && !field.choice
                        width: parent.width
                        height: visible ? Theme.touch : 0
                        font.pixelSize: Theme.body
                        text: field.perLanguage || field.choice ? "" : field.start
                        // Web addresses and e-mail get a keyboard with : / . @ on it.
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                                          | (field.modelData.type === "url" ? Qt.ImhUrlCharactersOnly
                                             : field.modelData.type === "email" ? Qt.ImhEmailCharactersOnly
                                             : field.modelData.type === "year" ? Qt.ImhDigitsOnly : 0)
                        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: screen.problems[field.name] ? "#b3261e" : (single.activeFocus ? Theme.primary : Theme.line); border.width: 3 }
                        onTextEdited: screen.edited(field.name)
                        onActiveFocusChanged: if (activeFocus) { screen.keyboardLocale = "en_GB"; Qt.callLater(screen.bringIntoView, field, 0, -1) }
                    }
                    // What the on-screen keyboard keeps on another page: one tap each, at the cursor.
                    Flow {
                        objectName: "typingHelp-" + field.name
                        readonly property var pieces: field.modelData.type === "url" ? ["https://", "www.", ".com", ".org", ".go.th", "/"]
                                                    : field.modelData.type === "email" ? ["@", ".com", ".org", ".go.th", "."] : []
                        visible: single.activeFocus && pieces.length > 0
                        width: parent.width
                        spacing: Theme.gap * 0.5
                        Repeater {
                            model: parent.pieces
                            delegate: Chip {
                                required property string modelData
                                objectName: "insert-" + modelData
                                text: modelData
                                onClicked: {
                                    single.insert(single.cursorPosition, modelData)
                                    screen.edited(field.name)
                                }
                            }
                        }
                    }
                    PlainText { visible: text !== ""; width: parent.width; text: screen.problems[field.name] || ""; color: "#b3261e" }
                    // A box per language: Thai and English always, each other language of the show once it has a
                    // text or its chip below is tapped.
                    Repeater {
                        id: editors
                        model: field.perLanguage ? StaffSession.textLanguages : []
                        delegate: Column {
                            id: editor
                            required property var modelData
                            readonly property string lang: modelData.code
                            property alias text: box.text
                            property alias box: box
                            property alias caption: langCaption
                            visible: field.shows(lang)
                            width: field.width
                            spacing: Theme.gap * 0.4
                            PlainText {
                                id: langCaption
                                text: screen.part({ "field": field.name, "lang": editor.lang })
                                font.bold: true
                                color: Theme.primaryDark
                            }
                            TextArea {
                                id: box
                                objectName: "field-" + field.name + "-" + editor.lang
                                ContextMenu.menu: null  // no Cut/Copy/Paste menu: not a way out of the kiosk
                                width: parent.width
                                height: editor.visible ? Math.max(field.long ? Theme.touch * 2.5 : Theme.touch, implicitHeight) : 0
                                font.pixelSize: Theme.body
                                wrapMode: TextEdit.Wrap
                                textFormat: TextEdit.PlainText
                                text: field.start[editor.lang] || ""
                                inputMethodHints: Qt.ImhNoPredictiveText
                                background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: screen.problems[field.name + "." + editor.lang] ? "#b3261e" : (box.activeFocus ? Theme.primary : Theme.line); border.width: 3 }
                                onTextChanged: if (activeFocus) screen.edited(field.name + "." + editor.lang)
                                onActiveFocusChanged: if (activeFocus) { screen.keyboardLocale = editor.modelData.locale; Qt.callLater(screen.bringIntoView, langCaption, 0, langCaption.height + Math.min(height, Theme.touch * 2.5)) }
                                onCursorRectangleChanged: if (activeFocus) screen.bringIntoView(box, cursorRectangle.y, cursorRectangle.y + cursorRectangle.height + Theme.gap)
                            }
                            PlainText { visible: text !== ""; width: parent.width; text: screen.problems[field.name + "." + editor.lang] || ""; color: "#b3261e" }
                        }
                    }
                    Flow {
                        objectName: "addLanguages-" + field.name
                        visible: field.perLanguage && StaffSession.textLanguages.some(l => !field.shows(l.code))
                        width: parent.width
                        spacing: Theme.gap * 0.5
                        PlainText {
                            height: Theme.touch
                            verticalAlignment: Text.AlignVCenter
                            text: qsTr("Also in:")
                            color: Theme.textMuted
                        }
                        Repeater {
                            model: field.perLanguage ? StaffSession.textLanguages : []
                            delegate: Chip {
                                required property var modelData
                                required property int index
                                objectName: "addLanguage-" + field.name + "-" + modelData.code
                                visible: !field.shows(modelData.code)
                                text: modelData.name
                                font.family: modelData.font
                                onClicked: field.open(index)
                            }
                        }
                    }
                }
            }
            TouchButton {
                objectName: "removeProjectButton"
                visible: screen.entryKind === "project" && !screen.isNew
                text: screen.confirmRemove ? qsTr("Tap again to remove this project") : qsTr("Remove this project")
                tint: screen.confirmRemove ? "#f6d5d2" : Theme.surface
                onClicked: {
                    if (!screen.confirmRemove) {
                        screen.confirmRemove = true
                        return
                    }
                    const result = StaffSession.removeProject(screen.entryId)
                    if (result.ok)
                        Nav.back()
                    else
                        screen.say((result.problems[0] || {}).message || "", true)
                }
            }
            SectionLabel { visible: !screen.isNew; text: qsTr("Earlier versions") }
            Repeater {
                model: screen.isNew ? [] : (screen.historyRevision, Show.lang, StaffSession.history(screen.entryKind, screen.entryId))
                delegate: Item {
                    required property var modelData
                    required property int index
                    objectName: "version-" + modelData.version
                    width: form.width
                    height: Math.max(versionText.implicitHeight, restoreButton.visible ? restoreButton.height : 0)
                    PlainText {
                        id: versionText
                        anchors.left: parent.left
                        anchors.right: restoreButton.visible ? restoreButton.left : parent.right
                        anchors.rightMargin: Theme.gap
                        anchors.verticalCenter: parent.verticalCenter
                        text: screen.versionLine(modelData)
                    }
                    TouchButton {
                        id: restoreButton
                        objectName: "restore-" + modelData.version
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        visible: index > 0
                        text: qsTr("Restore")
                        onClicked: {
                            screen.putKeyboardAway()
                            screen.restoreVersion = modelData.version
                        }
                    }
                }
            }
        }
    }

    // Restore asks once, and says what it will bring back.
    Rectangle {
        objectName: "restoreLayer"
        visible: screen.restoreVersion > 0
        anchors.fill: parent
        z: 5
        color: Qt.rgba(0, 0, 0, 0.55)
        MouseArea { anchors.fill: parent }  // the form under it cannot be tapped meanwhile
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.margin * 2, 1100 * Theme.scale)
            height: Math.min(parent.height - Theme.margin * 2, restoreColumn.implicitHeight + Theme.margin * 2)
            radius: Theme.radius * 1.5
            color: Theme.surface
            Flickable {
                anchors.fill: parent
                anchors.margins: Theme.margin
                contentHeight: restoreColumn.implicitHeight
                clip: true
                Column {
                    id: restoreColumn
                    width: parent.width
                    spacing: Theme.gap
                    readonly property var parts: screen.restoreVersion > 0
                                                 ? StaffSession.restoring(screen.entryKind, screen.entryId, screen.restoreVersion) : []
                    PlainText {
                        width: parent.width
                        text: qsTr("Restore version %1?").arg(screen.restoreVersion)
                        font.pixelSize: Theme.title
                        font.bold: true
                        color: Theme.primaryDark
                    }
                    PlainText {
                        objectName: "restoreSummary"
                        width: parent.width
                        text: restoreColumn.parts.length
                              ? qsTr("Visitors will see these again at once. What you typed and did not publish is replaced.")
                              : qsTr("This version is the same as what visitors see now.")
                    }
                    Repeater {
                        model: restoreColumn.parts
                        delegate: Column {
                            required property var modelData
                            width: restoreColumn.width
                            PlainText { text: screen.part(modelData); font.bold: true; color: Theme.primaryDark }
                            PlainText {
                                width: parent.width
                                text: modelData.text !== "" ? modelData.text : qsTr("(empty)")
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                color: modelData.text !== "" ? Theme.text : Theme.textMuted
                            }
                        }
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.gap
                        TouchButton {
                            objectName: "restoreConfirm"
                            primary: true
                            text: qsTr("Restore version %1").arg(screen.restoreVersion)
                            onClicked: screen.restore(screen.restoreVersion)
                        }
                        TouchButton { objectName: "restoreCancel"; text: qsTr("Cancel"); onClicked: screen.restoreVersion = 0 }
                    }
                }
            }
        }
    }

    // The page as visitors will see it, over the form (which keeps everything typed).
    Rectangle {
        objectName: "previewLayer"
        visible: screen.previewPage !== null
        anchors.fill: parent
        z: 4
        color: Theme.background
        EntityPage {
            anchors.fill: parent
            anchors.topMargin: previewBar.height
            kind: screen.entryKind
            entityId: screen.previewPage !== null && screen.previewPage.id ? screen.previewPage.id : screen.entryId
            previewData: screen.previewPage
        }
        Rectangle {
            id: previewBar
            width: parent.width
            height: previewFlow.implicitHeight + Theme.gap * 2
            color: Theme.accent
            Flow {
                id: previewFlow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.gap
                PlainText {
                    height: Theme.touch
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Preview: not published yet")
                    color: "#ffffff"
                    font.bold: true
                }
                TouchButton { objectName: "backToEditing"; text: qsTr("Keep editing"); onClicked: screen.previewPage = null }
                TouchButton { objectName: "publishFromPreview"; primary: true; text: qsTr("Publish"); onClicked: screen.publish() }
            }
        }
    }
}
