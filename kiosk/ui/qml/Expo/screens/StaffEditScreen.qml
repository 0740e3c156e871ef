import QtQuick
import QtQuick.Controls.Basic
import Expo

// Change one entry (entityId is "city:bangkok", "exhibitor:huawei" or "project:<id>") in Thai and English, look at
// it as visitors will, publish it, or go back to an earlier version. Nothing typed is lost when a check fails.
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
    property var problems: ({})
    property string notice: ""
    property var previewPage: null
    property int historyRevision: 0
    readonly property var page: Show.page(entryKind, entryId)
    readonly property string heading: page.name || page.title || entryId

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
    // What the form holds now, field by field ({th, en} for texts in two languages).
    function values() {
        const out = {}
        for (let i = 0; i < fields.count; ++i) {
            const f = fields.itemAt(i)
            out[f.name] = f.value()
        }
        return out
    }
    function changes() { return StaffSession.changes(entryKind, entryId, values()) }
    readonly property bool isNew: entryKind === "project" && entryId === "new"
    property bool confirmRemove: false
    function showProblems(result) {
        const found = {}
        if (!result.ok)
            for (const p of result.problems)
                found[p.field + (p.lang ? "." + p.lang : "")] = p.message
        problems = found
        if (!result.ok && found[""])
            notice = found[""]
    }
    function publish() {
        const result = StaffSession.publish(entryKind, entryId, changes())
        if (result.ok && isNew) {
            Nav.back()
            Nav.open("staffEdit", "project:" + result.id)  // the new project, as saved
            return
        }
        showProblems(result)
        notice = result.ok ? qsTr("Published. Visitors see it now.")
                           : problems[""] ? qsTr("Nothing was published.")  // why: in the line below
                                          : qsTr("Nothing was published: please check the marked fields.")
        if (result.ok)
            savedRevision += 1  // (after a refusal the form keeps everything typed)
        previewPage = null
        historyRevision += 1
    }

    // Always in view, whatever the form's scroll: preview and publish.
    Row {
        id: actions
        objectName: "editActions"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.margin
        spacing: Theme.gap
        TouchButton {
            objectName: "previewButton"
            visible: !screen.isNew
            text: qsTr("Preview")
            onClicked: {
                const result = StaffSession.preview(screen.entryKind, screen.entryId, screen.changes())
                screen.showProblems(result)
                screen.previewPage = result.ok ? result.page : null
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
        PlainText {
            anchors.verticalCenter: parent.verticalCenter
            width: screen.width - x - Theme.margin * 2
            maximumLineCount: 2
            elide: Text.ElideRight
            text: screen.notice
            font.bold: true
            color: Object.keys(screen.problems).length > 0 ? "#b3261e" : Theme.now
        }
    }

    Flickable {
        id: flick
        objectName: "editFlick"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: actions.top
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.gap
        contentHeight: form.implicitHeight
        clip: true
        Column {
            id: form
            width: flick.width
            spacing: Theme.gap
            ScreenHeader {
                width: parent.width
                title: screen.isNew ? qsTr("New project") : qsTr("Edit: %1").arg(screen.heading)
                subtitle: qsTr("Thai and English. Visitors see the English text when the Thai is empty.")
            }
            PlainText {
                objectName: "editNotice"
                width: parent.width
                visible: text !== ""
                text: screen.notice
                font.bold: true
                color: Object.keys(screen.problems).length > 0 || screen.problems[""] ? "#b3261e" : Theme.now
            }
            PlainText {
                width: parent.width
                visible: text !== ""
                text: screen.problems[""] || ""
                color: "#b3261e"
            }
            Repeater {
                id: fields
                model: screen.fieldList
                delegate: Column {
                    id: field
                    required property var modelData
                    readonly property string name: modelData.name
                    readonly property var start: screen.original[name]
                    readonly property bool twoLanguages: modelData.type === "texts"
                    readonly property bool choice: modelData.type === "focus_area"
                    readonly property bool long: modelData.multiline
                    property string chosen: choice ? start : ""
                    function value() {
                        if (choice)
                            return chosen
                        if (!twoLanguages)
                            return single.text
                        const v = Object.assign({}, start)
                        v.th = thai.text
                        v.en = english.text
                        return v
                    }
                    width: form.width
                    spacing: Theme.gap * 0.4
                    PlainText { text: screen.label(field.name); font.bold: true; color: Theme.primaryDark }
                    Flow {
                        objectName: "choices-" + field.name
                        visible: field.choice
                        width: parent.width
                        spacing: Theme.gap * 0.5
                        Repeater {
                            model: field.choice ? StaffSession.focusAreas(Show.lang) : []
                            delegate: Chip {
                                required property var modelData
                                objectName: "choice-" + modelData.id
                                text: modelData.name
                                selected: field.chosen === modelData.id
                                onClicked: field.chosen = modelData.id
                            }
                        }
                    }
                    TextField {
                        id: single
                        objectName: "field-" + field.name
                        ContextMenu.menu: null  // no Cut/Copy/Paste menu: not a way out of the kiosk
                        visible: !field.twoLanguages && !field.choice
                        width: parent.width
                        height: visible ? Theme.touch : 0
                        font.pixelSize: Theme.body
                        text: field.twoLanguages || field.choice ? "" : field.start
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: screen.problems[field.name] ? "#b3261e" : (single.activeFocus ? Theme.primary : Theme.line); border.width: 3 }
                        onActiveFocusChanged: if (activeFocus) { screen.keyboardLocale = "en_GB"; flick.contentY = Math.max(0, field.y - Theme.gap) }
                    }
                    PlainText { visible: text !== ""; width: parent.width; text: screen.problems[field.name] || ""; color: "#b3261e" }
                    PlainText { visible: field.twoLanguages; text: "ไทย"; font.pixelSize: Theme.small; color: Theme.textMuted }
                    TextArea {
                        id: thai
                        objectName: "field-" + field.name + "-th"
                        ContextMenu.menu: null  // no Cut/Copy/Paste menu: not a way out of the kiosk
                        visible: field.twoLanguages
                        width: parent.width
                        height: visible ? Math.max(field.long ? Theme.touch * 2.5 : Theme.touch, implicitHeight) : 0
                        font.pixelSize: Theme.body
                        wrapMode: TextEdit.Wrap
                        textFormat: TextEdit.PlainText
                        text: field.twoLanguages ? field.start.th : ""
                        inputMethodHints: Qt.ImhNoPredictiveText
                        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: screen.problems[field.name + ".th"] ? "#b3261e" : (thai.activeFocus ? Theme.primary : Theme.line); border.width: 3 }
                        onActiveFocusChanged: if (activeFocus) { screen.keyboardLocale = "th_TH"; flick.contentY = Math.max(0, field.y + y - Theme.gap) }
                    }
                    PlainText { visible: text !== ""; width: parent.width; text: screen.problems[field.name + ".th"] || ""; color: "#b3261e" }
                    PlainText { visible: field.twoLanguages; text: "English"; font.pixelSize: Theme.small; color: Theme.textMuted }
                    TextArea {
                        id: english
                        objectName: "field-" + field.name + "-en"
                        ContextMenu.menu: null  // no Cut/Copy/Paste menu: not a way out of the kiosk
                        visible: field.twoLanguages
                        width: parent.width
                        height: visible ? Math.max(field.long ? Theme.touch * 2.5 : Theme.touch, implicitHeight) : 0
                        font.pixelSize: Theme.body
                        wrapMode: TextEdit.Wrap
                        textFormat: TextEdit.PlainText
                        text: field.twoLanguages ? field.start.en : ""
                        inputMethodHints: Qt.ImhNoPredictiveText
                        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: screen.problems[field.name + ".en"] ? "#b3261e" : (english.activeFocus ? Theme.primary : Theme.line); border.width: 3 }
                        onActiveFocusChanged: if (activeFocus) { screen.keyboardLocale = "en_GB"; flick.contentY = Math.max(0, field.y + y - Theme.gap) }
                    }
                    PlainText { visible: text !== ""; width: parent.width; text: screen.problems[field.name + ".en"] || ""; color: "#b3261e" }
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
                        screen.notice = (result.problems[0] || {}).message || ""
                }
            }
            SectionLabel { visible: !screen.isNew; text: qsTr("Earlier versions") }
            Repeater {
                model: screen.isNew ? [] : (screen.historyRevision, StaffSession.history(screen.entryKind, screen.entryId))
                delegate: Row {
                    required property var modelData
                    required property int index
                    spacing: Theme.gap
                    PlainText {
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Version %1 · %2").arg(modelData.version).arg(modelData.at.replace("T", " ").substring(0, 16))
                              + (modelData.fields.length ? " · " + modelData.fields.join(", ") : "")
                    }
                    TouchButton {
                        objectName: "restore-" + modelData.version
                        visible: index > 0
                        text: qsTr("Restore")
                        onClicked: {
                            const result = StaffSession.revert(screen.entryKind, screen.entryId, modelData.version)
                            screen.notice = result.ok ? qsTr("Restored. Visitors see it now.") : (result.problems[0] || {}).message || ""
                            screen.historyRevision += 1
                            if (result.ok) {  // a fresh form with the restored text, in place of this one
                                Nav.back()
                                Nav.open("staffEdit", screen.entityId)
                            }
                        }
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
        color: Theme.background
        EntityPage {
            anchors.fill: parent
            anchors.topMargin: previewBar.height
            kind: screen.entryKind
            entityId: screen.entryId
            previewData: screen.previewPage
        }
        Rectangle {
            id: previewBar
            width: parent.width
            height: Theme.touch + Theme.gap * 2
            color: Theme.accent
            PlainText {
                anchors.left: parent.left
                anchors.leftMargin: Theme.margin
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Preview: not published yet")
                color: "#ffffff"
                font.bold: true
            }
            Row {
                anchors.right: parent.right
                anchors.rightMargin: Theme.margin
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.gap
                TouchButton { objectName: "backToEditing"; text: qsTr("Keep editing"); onClicked: screen.previewPage = null }
                TouchButton { objectName: "publishFromPreview"; primary: true; text: qsTr("Publish"); onClicked: screen.publish() }
            }
        }
    }
}
