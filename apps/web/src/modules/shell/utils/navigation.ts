/** The id of the navigation drawer, which the header's menu button controls. */
export const SIDE_NAVIGATION = 'side-navigation';
