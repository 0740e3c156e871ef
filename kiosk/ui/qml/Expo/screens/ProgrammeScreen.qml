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

    readonly property bool wide: width > height

    // On a wide screen the days sit beside the heading; in reach mode they start below Theme.reachTop.
    ScreenHeader {
        id: heading
        x: Theme.margin
        y: Theme.margin
        width: screen.wide ? Math.round(screen.width * 0.24) : screen.width - Theme.margin * 2
        title: qsTr("Programme")
        subtitle: qsTr("Now %1").arg(Programme.clockText)
    }
    Flow {
        id: days
        x: screen.wide ? heading.x + heading.width + Theme.gap * 2 : Theme.margin
        y: Math.max(screen.wide ? Theme.margin : heading.y + heading.height + Theme.gap, Theme.reachTop)
        width: screen.width - Theme.margin - x
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

    ListView {
        id: list
        objectName: "sessionList"
        anchors.fill: parent
        anchors.topMargin: Math.max(heading.y + heading.height, days.y + days.height) + Theme.gap
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: Theme.gap
        clip: true
        spacing: Theme.gap * 0.5
        reuseItems: true
        cacheBuffer: 0  // as FilteredListScreen: another day's shorter list must not cancel rows made ahead
        model: Programme.sessions
        // Open where the day is now: the session running, or the next one.
        function showNow() { forceLayout(); positionViewAtIndex(Programme.programmeFocusRow, ListView.Beginning) }
        onHeightChanged: Qt.callLater(showNow)  // the window took its size, reach mode went on or off
        Component.onCompleted: showNow()
        Connections {
            target: Programme
            function onProgrammeChanged() { list.showNow() }  // a new day shown; not on every clock tick
        }
        Connections {
            target: Theme
            function onTextStepChanged() { Qt.callLater(list.showNow) }  // the rows grew or shrank
        }
        delegate: Rectangle {
            id: row
            required property var model
            objectName: "session-" + model.id
            width: ListView.view.width
            // As tall as the longer column: the time column holds the Now or Next badge under the times.
            implicitHeight: Math.max(Theme.touch * 1.2, content.implicitHeight, timeColumn.implicitHeight) + Theme.gap * 2
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
                width: Math.max(Math.round(180 * Theme.scale), implicitWidth)
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
