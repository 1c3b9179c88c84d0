// Turbopack compiles nothing outside its root, and the build's copy links the project's node_modules.
const config = { turbopack: { root: "/" } };

export default config;
