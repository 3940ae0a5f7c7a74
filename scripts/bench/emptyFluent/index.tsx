/** The benchmark's baseline page: React and an empty Fluent provider with one line of text, nothing else. */
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme}>
    <Text role="heading">空白页</Text>
  </FluentProvider>
);
