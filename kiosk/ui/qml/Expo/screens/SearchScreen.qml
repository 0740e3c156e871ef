import QtQuick
import QtQuick.Controls.Basic
import Expo

// Search as you type, in any language; the on-screen keyboard opens under the field. A one-line header, so the
// results keep the room above the keyboard; each result says why it matched. A focus scope: when the stack gives
// the screen the focus, the field keeps it.
FocusScope {
    id: screen
    objectName: "searchScreen"
    property string kind
    property string entityId
    property bool arrived: false

    function openResult(type, id, day) {
        if (type === "session") {
            Programme.showProgrammeDay(day)
            Nav.open("programme")
        } else {
            Nav.open(type, id)
        }
    }

    // What a result's reason names: where the query was found when its title does not hold it.
    function fieldLabel(field) {
        if (field === "name") return qsTr("Other name")
        if (field === "booth") return qsTr("Booth")
        if (field === "description") return qsTr("Description")
        if (field === "vision") return qsTr("Vision")
        if (field === "profile") return qsTr("About")
        if (field === "status") return qsTr("Status")
        if (field === "speaker") return qsTr("Speaker")
        if (field === "country") return qsTr("Country")
        if (field === "owner") return qsTr("Presented by")
        return ""
    }

    Component.onCompleted: {
        const wanted = entityId !== "" ? entityId : Search.searchText
        if (field.text === wanted)
            Search.search(wanted)  // otherwise onTextChanged searches
        else
            field.text = wanted
    }
    // Arriving to search, the keyboard opens. Arriving with a query ("search:bang") or coming back from a result,
    // the results get the room: the field has the focus and a tap on it opens the keyboard.
    StackView.onActivated: {
        field.forceActiveFocus()
        if (!arrived && entityId === "")
            Qt.inputMethod.show()
        else
            Qt.inputMethod.hide()  // a focused field would open it
        arrived = true
    }

    // A text with one part marked (the query's place in it); plain texts, so content is never read as markup. A long
    // text keeps its marked part in view: the start shortens from the left, the end from the right.
    component Marked: Item {
        id: marked
        property string before
        property string hit
        property string after
        property int pixelSize: Theme.large
        property color color: Theme.text
        implicitWidth: beforeText.implicitWidth + hitText.implicitWidth + afterText.implicitWidth
        implicitHeight: Math.max(beforeText.implicitHeight, hitText.implicitHeight, afterText.implicitHeight)
        baselineOffset: afterText.baselineOffset
        PlainText {
            id: beforeText
            text: marked.before
            width: Math.min(implicitWidth, Math.max(marked.width * 0.4,
                                                    marked.width - hitText.implicitWidth - afterText.implicitWidth))
            horizontalAlignment: Text.AlignRight  // shortened, it still ends where the marked part starts
            wrapMode: Text.NoWrap
            elide: Text.ElideLeft
            lineHeight: 1
            font.pixelSize: marked.pixelSize
            color: marked.color
        }
        Rectangle {
            x: beforeText.width
            width: hitText.width
            height: hitText.height
            visible: marked.hit !== ""
            color: Theme.highlight
            radius: 4
            PlainText {
                id: hitText
                objectName: "matchHit"
                width: Math.min(implicitWidth, marked.width - beforeText.width)
                text: marked.hit
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
                lineHeight: 1
                font.pixelSize: marked.pixelSize
                font.bold: true
                color: Theme.highContrast ? "#000000" : Theme.text
            }
        }
        PlainText {
            id: afterText
            x: beforeText.width + hitText.width
            width: Math.max(0, marked.width - x)
            text: marked.after
            wrapMode: Text.NoWrap
            elide: Text.ElideRight
            lineHeight: 1
            font.pixelSize: marked.pixelSize
            color: marked.color
        }
    }

    Row {
        id: top
        objectName: "searchHeader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Math.max(Theme.gap * 0.5, Theme.reachTop)  // in reach mode the field starts within reach
        spacing: Theme.gap
        PlainText {
            id: heading
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Search")
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.primaryDark
            wrapMode: Text.NoWrap
            lineHeight: 1
        }
        TextField {
            id: field
            objectName: "searchField"
            focus: true
            width: top.width - heading.width - top.spacing
            height: Math.max(Theme.touch * 1.2, Math.round(Theme.large * 1.9))
            anchors.verticalCenter: parent.verticalCenter
            rightPadding: clear.visible ? clear.width + Theme.gap : Theme.gap
            font.pixelSize: Theme.large
            palette.text: Theme.text  // the typed text and the cursor, light in high contrast
            palette.placeholderText: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.55)
            placeholderText: qsTr("Type a city, company, project or talk")
            // Predictive text stays on: Japanese kanji are the input method's candidates for the kana typed.
            inputMethodHints: Qt.ImhNoAutoUppercase
            ContextMenu.menu: null  // no Cut/Copy/Paste menu on a right click or the menu key: a visitor's way out
            Accessible.name: qsTr("Search")
            Accessible.role: Accessible.EditableText
            // What the field shows: with the syllable or kana being composed (Korean, Japanese), as it is typed.
            onDisplayTextChanged: Search.search(displayText)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: field.activeFocus ? Theme.primary : Theme.line
                border.width: 3
            }
            TouchButton {
                id: clear
                objectName: "clearSearch"
                anchors.right: parent.right
                anchors.rightMargin: Theme.gap * 0.5
                anchors.verticalCenter: parent.verticalCenter
                height: field.height - Theme.gap * 0.5  // inside the field, however large the text
                visible: field.text !== ""
                text: qsTr("Clear")
                onClicked: { field.text = ""; field.forceActiveFocus() }
            }
        }
    }

    ListView {
        id: list
        objectName: "resultList"
        // Wide (landscape): a result's reason stands beside its title, so every row is one line; narrow: under it.
        readonly property bool wide: width >= 1400 * Theme.scale
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap * 0.5
        anchors.bottomMargin: Theme.gap * 0.5
        clip: true
        spacing: Theme.gap * 0.5
        // Rebuilt on every keystroke: no row reuse and no rows prepared ahead off screen (their asynchronous
        // creation, cancelled by the next keystroke, made Qt warn "DelegateModel::cancel").
        cacheBuffer: 0
        model: Search.results
        section.property: "section"
        section.delegate: PlainText {
            required property string section
            width: ListView.view.width
            topPadding: Theme.gap * 0.5
            bottomPadding: Theme.gap * 0.25
            text: Labels.resultType(section)
            lineHeight: 1
            font.pixelSize: Theme.body
            font.bold: true
            color: Theme.primary
        }
        delegate: Rectangle {
            id: row
            required property var model
            readonly property bool explained: model.field !== "title"
            readonly property bool beside: list.wide || !explained
            readonly property real inner: width - Theme.gap * 2
            objectName: "result-" + model.type + "-" + model.id
            width: ListView.view.width
            height: Math.max(Theme.touch, Theme.gap * 0.75 + (beside ? titleLine.height : titleLine.height + reason.height))
            radius: Theme.radius
            color: tap.pressed ? Theme.pressed : Theme.surface
            border.color: Theme.line
            Accessible.role: Accessible.Button
            Accessible.name: explained ? model.title + ". " + reasonLabel.text + " " + model.reasonBefore
                                         + model.reasonHit + model.reasonAfter
                                       : model.title
            Accessible.onPressAction: screen.openResult(model.type, model.id, model.day)
            Marked {
                id: titleLine
                objectName: "resultTitle"
                x: Theme.gap
                y: row.beside ? (row.height - height) / 2 : Theme.gap * 0.375
                width: !row.explained ? Math.min(implicitWidth, row.inner)
                     : row.beside ? Math.min(implicitWidth, Math.max(row.inner * 0.5, row.inner - reason.implicitWidth - Theme.gap * 2))
                     : Math.min(implicitWidth, row.inner)
                height: implicitHeight
                before: row.model.before
                hit: row.model.hit
                after: row.model.after
            }
            // Why it matched: another name, a booth, or where in a text.
            Item {
                id: reason
                objectName: "matchReason"
                visible: row.explained
                x: row.beside ? titleLine.x + titleLine.width + Theme.gap * 2 : Theme.gap
                y: row.beside ? titleLine.y + titleLine.baselineOffset - baselineOffset  // on the title's line
                              : titleLine.y + titleLine.height
                width: row.beside ? row.inner - titleLine.width - Theme.gap * 2 : row.inner
                height: row.explained ? implicitHeight : 0
                implicitWidth: reasonLabel.implicitWidth + Theme.gap * 0.5 + reasonText.implicitWidth
                implicitHeight: Math.max(reasonLabel.implicitHeight, reasonText.implicitHeight)
                baselineOffset: reasonText.y + reasonText.baselineOffset
                PlainText {
                    id: reasonLabel
                    objectName: "matchField"
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, reason.width * 0.4)
                    text: screen.fieldLabel(row.model.field)
                    wrapMode: Text.NoWrap
                    lineHeight: 1
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.bold: true
                }
                Marked {
                    id: reasonText
                    x: reasonLabel.width + Theme.gap * 0.5
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, reason.width - x)
                    height: implicitHeight
                    pixelSize: Theme.body
                    color: Theme.textMuted
                    before: row.model.reasonBefore
                    hit: row.model.reasonHit
                    after: row.model.reasonAfter
                }
            }
            MouseArea {
                id: tap
                anchors.fill: parent
                onClicked: screen.openResult(row.model.type, row.model.id, row.model.day)
            }
        }
    }

    // Nothing found yet: a hint and ideas, scrolling when the keyboard leaves little room.
    Flickable {
        objectName: "noResults"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        visible: list.count === 0
        clip: true
        contentHeight: ideas.height + Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: ideas
            width: parent.width
            spacing: Theme.gap
            PlainText {
                width: parent.width
                text: field.text.trim() === "" ? qsTr("Start typing: any part of a name works, in Thai or English.")
                                               : qsTr("Nothing matches “%1”.").arg(field.text)
                font.pixelSize: Theme.large
            }
            PlainText {
                width: parent.width
                visible: Search.suggestions.length > 0
                text: qsTr("Did you mean")
                color: Theme.textMuted
            }
            Flow {
                width: parent.width
                spacing: Theme.gap * 0.75
                Repeater {
                    model: Search.suggestions
                    delegate: Chip {
                        required property var modelData
                        objectName: "suggestion-" + modelData.id
                        text: modelData.title
                        onClicked: screen.openResult(modelData.type, modelData.id, "")
                    }
                }
            }
            PlainText { width: parent.width; text: qsTr("Try"); color: Theme.textMuted }
            Flow {
                width: parent.width
                spacing: Theme.gap * 0.75
                Repeater {
                    model: Browse.popularSearches
                    delegate: Chip {
                        required property var modelData
                        required property int index
                        objectName: "popular-" + index
                        text: modelData
                        onClicked: field.text = modelData
                    }
                }
            }
        }
    }
}
