import QtQuick
import QtQuick.Controls.Basic
import Expo

// Search as you type, in any language; the on-screen keyboard opens under the field.
Item {
    id: screen
    objectName: "searchScreen"
    property string kind
    property string entityId

    function openResult(type, id, day) {
        if (type === "session") {
            Programme.showProgrammeDay(day)
            Nav.open("programme")
        } else {
            Nav.open(type, id)
        }
    }

    Component.onCompleted: {
        const wanted = entityId !== "" ? entityId : Search.searchText
        if (field.text === wanted)
            Search.search(wanted)  // otherwise onTextChanged searches
        else
            field.text = wanted
        field.forceActiveFocus()
    }

    Column {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap
        ScreenHeader { width: parent.width; title: qsTr("Search") }
        TextField {
            id: field
            objectName: "searchField"
            width: parent.width
            height: Theme.touch * 1.2
            font.pixelSize: Theme.large
            placeholderText: qsTr("Type a city, company, project or talk")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Search")
            Accessible.role: Accessible.EditableText
            onTextChanged: Search.search(text)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: field.activeFocus ? Theme.primary : Theme.line
                border.width: 3
            }
            TouchButton {
                objectName: "clearSearch"
                anchors.right: parent.right
                anchors.rightMargin: Theme.gap * 0.5
                anchors.verticalCenter: parent.verticalCenter
                visible: field.text !== ""
                text: qsTr("Clear")
                onClicked: { field.text = ""; field.forceActiveFocus() }
            }
        }
    }

    ListView {
        id: list
        objectName: "resultList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap * 0.5
        // Rebuilt on every keystroke: no row reuse and no rows prepared ahead off screen (their asynchronous
        // creation, cancelled by the next keystroke, made Qt warn "DelegateModel::cancel").
        cacheBuffer: 0
        model: Search.results
        section.property: "section"
        section.delegate: SectionLabel {
            required property string section
            text: Labels.resultType(section)
        }
        delegate: Rectangle {
            id: row
            required property var model
            objectName: "result-" + model.type + "-" + model.id
            width: ListView.view.width
            height: Theme.touch * 1.2
            radius: Theme.radius
            color: tap.pressed ? Theme.pressed : Theme.surface
            border.color: Theme.line
            Accessible.role: Accessible.Button
            Accessible.name: model.title
            Accessible.onPressAction: screen.openResult(model.type, model.id, model.day)
            // The matched part stands out; three plain texts, so content is never read as markup.
            Row {
                id: titleRow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                // A long title keeps its matched part in view: the start shortens from the left, the end from the right.
                PlainText {
                    id: beforeText
                    text: row.model.before
                    width: Math.min(implicitWidth, titleRow.width * 0.4)
                    wrapMode: Text.NoWrap
                    elide: Text.ElideLeft
                    font.pixelSize: Theme.large
                }
                Rectangle {
                    objectName: "hit"
                    width: Math.min(hitText.implicitWidth, titleRow.width - beforeText.width)
                    height: hitText.implicitHeight
                    color: Theme.highlight
                    radius: 4
                    PlainText {
                        id: hitText
                        width: parent.width
                        text: row.model.hit
                        wrapMode: Text.NoWrap
                        elide: Text.ElideRight
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: Theme.highContrast ? "#000000" : Theme.text
                    }
                }
                PlainText {
                    text: row.model.after
                    width: Math.max(0, titleRow.width - beforeText.width - hitText.width)
                    wrapMode: Text.NoWrap
                    elide: Text.ElideRight
                    font.pixelSize: Theme.large
                }
            }
            PlainText {
                anchors.right: parent.right
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                visible: row.model.match === "text"
                text: qsTr("found in its description")
                color: Theme.textMuted
                font.pixelSize: Theme.small
                wrapMode: Text.NoWrap
            }
            MouseArea {
                id: tap
                anchors.fill: parent
                onClicked: screen.openResult(row.model.type, row.model.id, row.model.day)
            }
        }
    }

    Column {
        objectName: "noResults"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.margins: Theme.margin
        spacing: Theme.gap
        visible: list.count === 0
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
