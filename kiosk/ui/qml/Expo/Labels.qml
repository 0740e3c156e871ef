pragma Singleton
import QtQuick

// Names of kinds and result types, shared by every screen that shows them.
QtObject {
    function organisationKind(key) {
        if (key === "exhibitor") return qsTr("Exhibitor")
        if (key === "partner_delegation") return qsTr("Partner delegation")
        if (key === "organiser") return qsTr("Organiser")
        if (key === "city_pavilion") return qsTr("City pavilion")
        return ""
    }
    function organisationKinds(key) {
        if (key === "exhibitor") return qsTr("Exhibitors")
        if (key === "partner_delegation") return qsTr("Partner delegations")
        if (key === "organiser") return qsTr("Organisers")
        if (key === "city_pavilion") return qsTr("City pavilions")
        return ""
    }
    function resultType(type) {
        if (type === "city") return qsTr("Cities")
        if (type === "exhibitor") return qsTr("Exhibitors")
        if (type === "project") return qsTr("Projects")
        if (type === "session") return qsTr("Programme")
        return ""
    }
}
