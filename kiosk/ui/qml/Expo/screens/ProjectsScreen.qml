import QtQuick
import Expo

Item {
    id: screen
    objectName: "projectsScreen"
    property string kind
    property string entityId
    property string area: ""
    property string country: ""
    function apply() { Browse.filterProjects(area, country) }
    Component.onCompleted: apply()

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
            title: qsTr("Projects")
            subtitle: qsTr("%n project(s)", "", Browse.projects.count)
        }
        ChipRow {
            objectName: "areaChips"
            width: parent.width
            namePrefix: "area"
            allLabel: qsTr("All focus areas")
            model: Browse.focusAreas
            selectedId: screen.area
            onChosen: (id) => { screen.area = id; screen.apply() }
        }
        ChipRow {
            objectName: "countryChips"
            width: parent.width
            namePrefix: "country"
            allLabel: qsTr("All countries")
            model: Browse.countries
            selectedId: screen.country
            onChosen: (id) => { screen.country = id; screen.apply() }
        }
    }

    ListView {
        id: list
        objectName: "projectList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap * 0.75
        reuseItems: true
        model: Browse.projects
        section.property: "section"
        section.delegate: SectionLabel {
            required property string section
            text: section
        }
        delegate: ListRow {
            required property var model
            objectName: "project-" + model.id
            width: ListView.view.width
            title: model.title
            subtitle: model.owner_name
            marker: Theme.areaColors[model.area_index % Theme.areaColors.length]
            onTapped: Nav.open("project", model.id)
        }
        PlainText {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No project matches these filters.")
            color: Theme.textMuted
        }
    }
}
