import QtQuick
import Expo

// A list a visitor browses with filters: a heading, rows of filter chips with a Search button, and a sectioned list
// of rows. The Cities, Exhibitors and Projects screens are each one of these: they give the title, the filters (as
// children), the model, the row and, for exhibitors, an index beside the list.
// On a wide screen the filters sit beside the heading, leaving the height to the list. In reach mode the filters,
// the Search button and the list start below Theme.reachTop; the heading may stay above it.
Item {
    id: screen
    property string kind
    property string entityId
    property string title
    property string subtitle
    property string listName  // the list's objectName
    property var model
    property string sectionProperty: "section"
    property string emptyText
    property Component row  // one row of the list (a ListRow)
    property Component side: null  // beside the list, on the right (the exhibitors' letter index)
    readonly property ListView listView: list
    readonly property bool wide: width > height
    default property alias filters: filterRows.data

    Column {
        id: heading
        x: Theme.margin
        y: Theme.margin
        width: screen.wide ? Math.round(screen.width * 0.24) : screen.width - Theme.margin * 2
        spacing: Theme.gap * 0.25
        TitleText { width: parent.width; text: screen.title; color: Theme.primaryDark }
        PlainText { width: parent.width; text: screen.subtitle; visible: text !== ""; color: Theme.textMuted }
    }

    Item {
        id: controls
        x: screen.wide ? heading.x + heading.width + Theme.gap * 2 : Theme.margin
        y: Math.max(screen.wide ? Theme.margin : heading.y + heading.height + Theme.gap, Theme.reachTop)
        width: screen.width - Theme.margin - x
        height: Math.max(filterRows.height, listSearch.height)
        Column {
            id: filterRows
            width: listSearch.x - Theme.gap
            spacing: Theme.gap * 0.75
        }
        TouchButton {
            id: listSearch
            objectName: "listSearch"
            anchors.right: parent.right
            text: qsTr("Search")
            onClicked: Nav.open("search")
        }
    }

    ListView {
        id: list
        objectName: screen.listName
        anchors.left: parent.left
        anchors.right: sideArea.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: Math.max(heading.y + heading.height, controls.y + controls.height) + Theme.gap
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: Theme.gap
        clip: true
        spacing: Theme.gap * 0.5
        reuseItems: true
        // No rows made ahead off screen: their asynchronous creation, still pending when a filter empties the list,
        // is cancelled by Qt against the new count ("DelegateModel::cancel: index out range"). Rows come into view
        // reused.
        cacheBuffer: 0
        model: screen.model
        section.property: screen.sectionProperty
        section.delegate: SectionLabel {
            required property string section
            text: section
        }
        delegate: screen.row
        PlainText {
            anchors.centerIn: parent
            visible: list.count === 0
            text: screen.emptyText
            color: Theme.textMuted
        }
    }

    Loader {
        id: sideArea
        anchors.right: parent.right
        anchors.top: list.top
        anchors.bottom: list.bottom
        anchors.rightMargin: screen.side !== null ? Theme.margin : 0
        width: item !== null ? item.width : 0
        sourceComponent: screen.side
    }
}
