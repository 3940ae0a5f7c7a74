/**
 * Placeholder entry so `npm run build` works before the task pane exists: the task-pane work replaces this file.
 */
import { createRoot } from "react-dom/client";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(<p>工会统计助手</p>);
}
