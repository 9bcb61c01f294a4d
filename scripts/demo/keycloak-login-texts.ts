/**
 * The Keycloak login pages in Vietnamese: Keycloak ships no Vietnamese messages, so the realm carries
 * its own (realm localization texts). Keys are those of Keycloak's login theme; unlisted keys fall back
 * to Keycloak's English.
 */
export const LOGIN_TEXTS_VI: Record<string, string> = {
  loginAccountTitle: 'Đăng nhập vào tài khoản của bạn',
  loginTitle: 'Đăng nhập vào {0}',
  loginTitleHtml: '{0}',
  username: 'Tên đăng nhập',
  usernameOrEmail: 'Tên đăng nhập hoặc thư điện tử',
  password: 'Mật khẩu',
  showPassword: 'Hiện mật khẩu',
  hidePassword: 'Ẩn mật khẩu',
  doLogIn: 'Đăng nhập',
  rememberMe: 'Ghi nhớ đăng nhập',
  doForgotPassword: 'Quên mật khẩu?',
  doClickHere: 'Bấm vào đây',
  doTryAgain: 'Thử lại',
  restartLoginTooltip: 'Đăng nhập lại từ đầu',
  loginChooseAuthenticator: 'Chọn cách đăng nhập',
  backToLogin: '« Quay lại trang đăng nhập',
  backToApplication: '« Quay lại ứng dụng',
  errorTitle: 'Rất tiếc…',
  errorTitleHtml: '<strong>Rất tiếc</strong>…',
  pageExpiredTitle: 'Trang đã hết hạn',
  pageExpiredMsg1: 'Để đăng nhập lại từ đầu',
  pageExpiredMsg2: 'Để tiếp tục đăng nhập',
  invalidUserMessage: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  invalidUsernameMessage: 'Tên đăng nhập không đúng.',
  invalidUsernameOrEmailMessage: 'Tên đăng nhập hoặc thư điện tử không đúng.',
  invalidPasswordMessage: 'Mật khẩu không đúng.',
  accountDisabledMessage: 'Tài khoản đã bị khoá, vui lòng liên hệ quản trị viên.',
  accountTemporarilyDisabledMessage: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  accountPermanentlyDisabledMessage: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  missingUsernameMessage: 'Vui lòng nhập tên đăng nhập.',
  missingPasswordMessage: 'Vui lòng nhập mật khẩu.',
  loginTimeout: 'Phiên đăng nhập đã quá thời gian chờ. Vui lòng đăng nhập lại từ đầu.',
  expiredCodeMessage: 'Đăng nhập quá thời gian chờ. Vui lòng đăng nhập lại.',
  expiredActionMessage: 'Thao tác đã hết hạn. Vui lòng tiếp tục đăng nhập.',
  sessionNotActiveMessage: 'Phiên làm việc không còn hiệu lực.',
  staleCodeMessage: 'Trang này không còn hiệu lực, vui lòng quay lại ứng dụng và đăng nhập lại.',
  cookieNotFoundMessage:
    'Không tìm thấy cookie đăng nhập: có thể đã hết hạn, đã bị xoá hoặc trình duyệt đang chặn cookie. Hãy bật cookie rồi bấm "Quay lại ứng dụng" để đăng nhập lại.',
  invalidParameterMessage: 'Tham số không hợp lệ: {0}',
  alreadyLoggedIn: 'Bạn đã đăng nhập.',
  proceedWithAction: '» Bấm vào đây để tiếp tục',
  logoutConfirmTitle: 'Đăng xuất',
  logoutConfirmHeader: 'Bạn có muốn đăng xuất không?',
  doLogout: 'Đăng xuất',
  logoutOtherSessions: 'Đăng xuất khỏi các thiết bị khác',
  locale_vi: 'Tiếng Việt',
};

/** The language menu of the login page names Vietnamese in Vietnamese in both languages. */
export const LOGIN_TEXTS_EN: Record<string, string> = { locale_vi: 'Tiếng Việt' };
