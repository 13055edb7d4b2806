// The browser test's bundle: the fake Office first, then the task pane exactly as the add-in starts it.

import "./office";
import "../../../src/taskpane/index";
