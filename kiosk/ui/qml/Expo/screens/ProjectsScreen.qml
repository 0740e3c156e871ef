import QtQuick
import Expo

FilteredListScreen {
    id: screen
    objectName: "projectsScreen"
    property string area: ""
    property string country: ""
    function apply() { Browse.filterProjects(area, country) }
    Component.onCompleted: apply()
    title: qsTr("Projects")
    subtitle: qsTr("%n project(s)", "", Browse.projects.count)
    listName: "projectList"
    model: Browse.projects
    emptyText: qsTr("No project matches these filters.")

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

    row: ListRow {
        required property var model
        objectName: "project-" + model.id
        width: ListView.view.width
        title: model.title
        subtitle: model.owner_name
        marker: Theme.areaColors[model.area_index % Theme.areaColors.length]
        starred: VisitPlan.favouriteCount >= 0 && VisitPlan.isFavourite("project", model.id)
        onTapped: Nav.open("project", model.id)
    }
}
