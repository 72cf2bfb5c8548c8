package gongkai.importer;

import gongkai.model.Role;

/** The unit wording of one cell, the role its column implies when the wording names none, and its header. */
public record UnitCell(Role defaultRole, String header, String text, int line) {
}
