import QtQuick
import Expo

// A list a visitor browses with filters: a heading, rows of filter chips, and a sectioned list of rows, with a
// Search button beside the heading. The Cities, Exhibitors and Projects screens are each one of these: they give
// the title, the filters (as children), the model, the row and, for exhibitors, an index beside the list.
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
    default property alias filters: filterRows.data

    TouchButton {
        id: listSearch
        objectName: "listSearch"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        text: qsTr("Search")
        onClicked: Nav.open("search")
    }

    Column {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap
        ScreenHeader {
            width: parent.width - listSearch.width - Theme.gap
            title: screen.title
            subtitle: screen.subtitle
        }
        Column {
            id: filterRows
            width: parent.width
            spacing: Theme.gap
        }
    }

    ListView {
        id: list
        objectName: screen.listName
        anchors.left: parent.left
        anchors.right: sideArea.left
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap * 0.75
        reuseItems: true
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
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.margins: screen.side !== null ? Theme.margin : 0
        width: item !== null ? item.width : 0
        sourceComponent: screen.side
    }
}
