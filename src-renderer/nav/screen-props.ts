// What every screen receives from the shell. It lives below the features (with
// the router) so a screen can name it without importing the app that lists
// the screens.
export interface ScreenProps {
  params: URLSearchParams;
}
