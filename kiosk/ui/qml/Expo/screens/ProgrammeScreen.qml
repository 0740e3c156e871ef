import QtQuick
import QtQuick.Controls.Basic
import Expo

Item {
    id: screen
    objectName: "programmeScreen"
    property string kind
    property string entityId
    property bool shown: false
    // A screen made ahead (Main.qml's spares) opens where the day is when it is shown, not when it was made.
    StackView.onActivating: if (!shown) { shown = true; list.showNow() }

    Column {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap
        ScreenHeader {
            width: parent.width
            title: qsTr("Programme")
            subtitle: qsTr("Now %1").arg(Programme.clockText)
        }
        Flow {
            width: parent.width
            spacing: Theme.gap * 0.75
            Repeater {
                model: Programme.programmeDays
                delegate: Chip {
                    required property var modelData
                    objectName: "day-" + modelData.day
                    text: modelData.label
                    selected: Programme.programmeDay === modelData.day
                    onClicked: Programme.showProgrammeDay(modelData.day)
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "sessionList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap * 0.75
        reuseItems: true
        model: Programme.sessions
        // Open where the day is now: the session running, or the next one.
        function showNow() { positionViewAtIndex(Programme.programmeFocusRow, ListView.Beginning) }
        Component.onCompleted: showNow()
        Connections {
            target: Programme
            function onProgrammeChanged() { list.showNow() }  // a new day shown; not on every clock tick
        }
        delegate: Rectangle {
            id: row
            required property var model
            objectName: "session-" + model.id
            width: ListView.view.width
            implicitHeight: Math.max(Theme.touch * 1.35, content.implicitHeight + Theme.gap * 2)
            height: implicitHeight
            radius: Theme.radius
            color: model.state === "now" && !Theme.highContrast ? "#e3f2e6" : Theme.surface
            border.color: model.state === "now" ? Theme.now : model.state === "next" ? Theme.next : Theme.line
            border.width: model.state === "" ? 1 : 3
            Accessible.role: Accessible.Button
            Accessible.name: model.starts_at + " " + model.title
            MouseArea {
                anchors.fill: parent
                onClicked: Nav.open("session", row.model.id)
            }
            Column {
                id: timeColumn
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.margins: Theme.gap
                width: 180 * Theme.scale
                spacing: 4
                PlainText { text: row.model.starts_at !== "" ? row.model.starts_at : qsTr("All day"); font.pixelSize: Theme.large; font.bold: true; color: Theme.primaryDark }
                PlainText { text: row.model.ends_at !== "" ? "– " + row.model.ends_at : ""; visible: text !== ""; color: Theme.textMuted }
                Rectangle {
                    visible: row.model.state !== ""
                    width: badge.implicitWidth + Theme.gap
                    height: badge.implicitHeight + 6
                    radius: height / 2
                    color: row.model.state === "now" ? Theme.now : Theme.next
                    PlainText {
                        id: badge
                        objectName: "stateBadge"
                        anchors.centerIn: parent
                        text: row.model.state === "now" ? qsTr("Now") : qsTr("Next")
                        color: "white"
                        font.pixelSize: Theme.small
                        font.bold: true
                    }
                }
            }
            Column {
                id: content
                anchors.left: timeColumn.right
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.gap
                spacing: 4
                PlainText { width: parent.width; text: row.model.title; font.pixelSize: Theme.large; font.bold: true }
                PlainText { width: parent.width; text: row.model.room; visible: text !== ""; color: Theme.accent; font.pixelSize: Theme.small; font.bold: true }
                PlainText { width: parent.width; text: row.model.speakers; visible: text !== ""; color: Theme.textMuted; font.pixelSize: Theme.small }
                PlainText { width: parent.width; text: row.model.themes; visible: text !== ""; color: Theme.primary; font.pixelSize: Theme.small }
            }
        }
    }
}
