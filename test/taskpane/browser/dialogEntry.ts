// The ribbon dialog's page for the browser tests: the fake Office first, then the dialog's own code.

import "./dialogOffice";
import "../../../src/commands/dialog";
