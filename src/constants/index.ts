/**
 * polynode's `constants`: Node 16.13.1's `constants` module for the browser.
 * Node 16.13.1's merged constants object (Linux x64 values: errno, signals, priorities, fs, crypto).
 * Status: full.
 *
 * @packageDocumentation
 */

/** Node's `constants.ALPN_ENABLED`. */
export const ALPN_ENABLED: number = 1;

/** Node's `constants.COPYFILE_EXCL`. */
export const COPYFILE_EXCL: number = 1;

/** Node's `constants.COPYFILE_FICLONE`. */
export const COPYFILE_FICLONE: number = 2;

/** Node's `constants.COPYFILE_FICLONE_FORCE`. */
export const COPYFILE_FICLONE_FORCE: number = 4;

/** Node's `constants.DH_CHECK_P_NOT_PRIME`. */
export const DH_CHECK_P_NOT_PRIME: number = 1;

/** Node's `constants.DH_CHECK_P_NOT_SAFE_PRIME`. */
export const DH_CHECK_P_NOT_SAFE_PRIME: number = 2;

/** Node's `constants.DH_NOT_SUITABLE_GENERATOR`. */
export const DH_NOT_SUITABLE_GENERATOR: number = 8;

/** Node's `constants.DH_UNABLE_TO_CHECK_GENERATOR`. */
export const DH_UNABLE_TO_CHECK_GENERATOR: number = 4;

/** Node's `constants.E2BIG`. */
export const E2BIG: number = 7;

/** Node's `constants.EACCES`. */
export const EACCES: number = 13;

/** Node's `constants.EADDRINUSE`. */
export const EADDRINUSE: number = 98;

/** Node's `constants.EADDRNOTAVAIL`. */
export const EADDRNOTAVAIL: number = 99;

/** Node's `constants.EAFNOSUPPORT`. */
export const EAFNOSUPPORT: number = 97;

/** Node's `constants.EAGAIN`. */
export const EAGAIN: number = 11;

/** Node's `constants.EALREADY`. */
export const EALREADY: number = 114;

/** Node's `constants.EBADF`. */
export const EBADF: number = 9;

/** Node's `constants.EBADMSG`. */
export const EBADMSG: number = 74;

/** Node's `constants.EBUSY`. */
export const EBUSY: number = 16;

/** Node's `constants.ECANCELED`. */
export const ECANCELED: number = 125;

/** Node's `constants.ECHILD`. */
export const ECHILD: number = 10;

/** Node's `constants.ECONNABORTED`. */
export const ECONNABORTED: number = 103;

/** Node's `constants.ECONNREFUSED`. */
export const ECONNREFUSED: number = 111;

/** Node's `constants.ECONNRESET`. */
export const ECONNRESET: number = 104;

/** Node's `constants.EDEADLK`. */
export const EDEADLK: number = 35;

/** Node's `constants.EDESTADDRREQ`. */
export const EDESTADDRREQ: number = 89;

/** Node's `constants.EDOM`. */
export const EDOM: number = 33;

/** Node's `constants.EDQUOT`. */
export const EDQUOT: number = 122;

/** Node's `constants.EEXIST`. */
export const EEXIST: number = 17;

/** Node's `constants.EFAULT`. */
export const EFAULT: number = 14;

/** Node's `constants.EFBIG`. */
export const EFBIG: number = 27;

/** Node's `constants.EHOSTUNREACH`. */
export const EHOSTUNREACH: number = 113;

/** Node's `constants.EIDRM`. */
export const EIDRM: number = 43;

/** Node's `constants.EILSEQ`. */
export const EILSEQ: number = 84;

/** Node's `constants.EINPROGRESS`. */
export const EINPROGRESS: number = 115;

/** Node's `constants.EINTR`. */
export const EINTR: number = 4;

/** Node's `constants.EINVAL`. */
export const EINVAL: number = 22;

/** Node's `constants.EIO`. */
export const EIO: number = 5;

/** Node's `constants.EISCONN`. */
export const EISCONN: number = 106;

/** Node's `constants.EISDIR`. */
export const EISDIR: number = 21;

/** Node's `constants.ELOOP`. */
export const ELOOP: number = 40;

/** Node's `constants.EMFILE`. */
export const EMFILE: number = 24;

/** Node's `constants.EMLINK`. */
export const EMLINK: number = 31;

/** Node's `constants.EMSGSIZE`. */
export const EMSGSIZE: number = 90;

/** Node's `constants.EMULTIHOP`. */
export const EMULTIHOP: number = 72;

/** Node's `constants.ENAMETOOLONG`. */
export const ENAMETOOLONG: number = 36;

/** Node's `constants.ENETDOWN`. */
export const ENETDOWN: number = 100;

/** Node's `constants.ENETRESET`. */
export const ENETRESET: number = 102;

/** Node's `constants.ENETUNREACH`. */
export const ENETUNREACH: number = 101;

/** Node's `constants.ENFILE`. */
export const ENFILE: number = 23;

/** Node's `constants.ENGINE_METHOD_ALL`. */
export const ENGINE_METHOD_ALL: number = 65535;

/** Node's `constants.ENGINE_METHOD_CIPHERS`. */
export const ENGINE_METHOD_CIPHERS: number = 64;

/** Node's `constants.ENGINE_METHOD_DH`. */
export const ENGINE_METHOD_DH: number = 4;

/** Node's `constants.ENGINE_METHOD_DIGESTS`. */
export const ENGINE_METHOD_DIGESTS: number = 128;

/** Node's `constants.ENGINE_METHOD_DSA`. */
export const ENGINE_METHOD_DSA: number = 2;

/** Node's `constants.ENGINE_METHOD_EC`. */
export const ENGINE_METHOD_EC: number = 2048;

/** Node's `constants.ENGINE_METHOD_NONE`. */
export const ENGINE_METHOD_NONE: number = 0;

/** Node's `constants.ENGINE_METHOD_PKEY_ASN1_METHS`. */
export const ENGINE_METHOD_PKEY_ASN1_METHS: number = 1024;

/** Node's `constants.ENGINE_METHOD_PKEY_METHS`. */
export const ENGINE_METHOD_PKEY_METHS: number = 512;

/** Node's `constants.ENGINE_METHOD_RAND`. */
export const ENGINE_METHOD_RAND: number = 8;

/** Node's `constants.ENGINE_METHOD_RSA`. */
export const ENGINE_METHOD_RSA: number = 1;

/** Node's `constants.ENOBUFS`. */
export const ENOBUFS: number = 105;

/** Node's `constants.ENODATA`. */
export const ENODATA: number = 61;

/** Node's `constants.ENODEV`. */
export const ENODEV: number = 19;

/** Node's `constants.ENOENT`. */
export const ENOENT: number = 2;

/** Node's `constants.ENOEXEC`. */
export const ENOEXEC: number = 8;

/** Node's `constants.ENOLCK`. */
export const ENOLCK: number = 37;

/** Node's `constants.ENOLINK`. */
export const ENOLINK: number = 67;

/** Node's `constants.ENOMEM`. */
export const ENOMEM: number = 12;

/** Node's `constants.ENOMSG`. */
export const ENOMSG: number = 42;

/** Node's `constants.ENOPROTOOPT`. */
export const ENOPROTOOPT: number = 92;

/** Node's `constants.ENOSPC`. */
export const ENOSPC: number = 28;

/** Node's `constants.ENOSR`. */
export const ENOSR: number = 63;

/** Node's `constants.ENOSTR`. */
export const ENOSTR: number = 60;

/** Node's `constants.ENOSYS`. */
export const ENOSYS: number = 38;

/** Node's `constants.ENOTCONN`. */
export const ENOTCONN: number = 107;

/** Node's `constants.ENOTDIR`. */
export const ENOTDIR: number = 20;

/** Node's `constants.ENOTEMPTY`. */
export const ENOTEMPTY: number = 39;

/** Node's `constants.ENOTSOCK`. */
export const ENOTSOCK: number = 88;

/** Node's `constants.ENOTSUP`. */
export const ENOTSUP: number = 95;

/** Node's `constants.ENOTTY`. */
export const ENOTTY: number = 25;

/** Node's `constants.ENXIO`. */
export const ENXIO: number = 6;

/** Node's `constants.EOPNOTSUPP`. */
export const EOPNOTSUPP: number = 95;

/** Node's `constants.EOVERFLOW`. */
export const EOVERFLOW: number = 75;

/** Node's `constants.EPERM`. */
export const EPERM: number = 1;

/** Node's `constants.EPIPE`. */
export const EPIPE: number = 32;

/** Node's `constants.EPROTO`. */
export const EPROTO: number = 71;

/** Node's `constants.EPROTONOSUPPORT`. */
export const EPROTONOSUPPORT: number = 93;

/** Node's `constants.EPROTOTYPE`. */
export const EPROTOTYPE: number = 91;

/** Node's `constants.ERANGE`. */
export const ERANGE: number = 34;

/** Node's `constants.EROFS`. */
export const EROFS: number = 30;

/** Node's `constants.ESPIPE`. */
export const ESPIPE: number = 29;

/** Node's `constants.ESRCH`. */
export const ESRCH: number = 3;

/** Node's `constants.ESTALE`. */
export const ESTALE: number = 116;

/** Node's `constants.ETIME`. */
export const ETIME: number = 62;

/** Node's `constants.ETIMEDOUT`. */
export const ETIMEDOUT: number = 110;

/** Node's `constants.ETXTBSY`. */
export const ETXTBSY: number = 26;

/** Node's `constants.EWOULDBLOCK`. */
export const EWOULDBLOCK: number = 11;

/** Node's `constants.EXDEV`. */
export const EXDEV: number = 18;

/** Node's `constants.F_OK`. */
export const F_OK: number = 0;

/** Node's `constants.OPENSSL_VERSION_NUMBER`. */
export const OPENSSL_VERSION_NUMBER: number = 269488335;

/** Node's `constants.O_APPEND`. */
export const O_APPEND: number = 1024;

/** Node's `constants.O_CREAT`. */
export const O_CREAT: number = 64;

/** Node's `constants.O_DIRECT`. */
export const O_DIRECT: number = 16384;

/** Node's `constants.O_DIRECTORY`. */
export const O_DIRECTORY: number = 65536;

/** Node's `constants.O_DSYNC`. */
export const O_DSYNC: number = 4096;

/** Node's `constants.O_EXCL`. */
export const O_EXCL: number = 128;

/** Node's `constants.O_NOATIME`. */
export const O_NOATIME: number = 262144;

/** Node's `constants.O_NOCTTY`. */
export const O_NOCTTY: number = 256;

/** Node's `constants.O_NOFOLLOW`. */
export const O_NOFOLLOW: number = 131072;

/** Node's `constants.O_NONBLOCK`. */
export const O_NONBLOCK: number = 2048;

/** Node's `constants.O_RDONLY`. */
export const O_RDONLY: number = 0;

/** Node's `constants.O_RDWR`. */
export const O_RDWR: number = 2;

/** Node's `constants.O_SYNC`. */
export const O_SYNC: number = 1052672;

/** Node's `constants.O_TRUNC`. */
export const O_TRUNC: number = 512;

/** Node's `constants.O_WRONLY`. */
export const O_WRONLY: number = 1;

/** Node's `constants.POINT_CONVERSION_COMPRESSED`. */
export const POINT_CONVERSION_COMPRESSED: number = 2;

/** Node's `constants.POINT_CONVERSION_HYBRID`. */
export const POINT_CONVERSION_HYBRID: number = 6;

/** Node's `constants.POINT_CONVERSION_UNCOMPRESSED`. */
export const POINT_CONVERSION_UNCOMPRESSED: number = 4;

/** Node's `constants.PRIORITY_ABOVE_NORMAL`. */
export const PRIORITY_ABOVE_NORMAL: number = -7;

/** Node's `constants.PRIORITY_BELOW_NORMAL`. */
export const PRIORITY_BELOW_NORMAL: number = 10;

/** Node's `constants.PRIORITY_HIGH`. */
export const PRIORITY_HIGH: number = -14;

/** Node's `constants.PRIORITY_HIGHEST`. */
export const PRIORITY_HIGHEST: number = -20;

/** Node's `constants.PRIORITY_LOW`. */
export const PRIORITY_LOW: number = 19;

/** Node's `constants.PRIORITY_NORMAL`. */
export const PRIORITY_NORMAL: number = 0;

/** Node's `constants.RSA_NO_PADDING`. */
export const RSA_NO_PADDING: number = 3;

/** Node's `constants.RSA_PKCS1_OAEP_PADDING`. */
export const RSA_PKCS1_OAEP_PADDING: number = 4;

/** Node's `constants.RSA_PKCS1_PADDING`. */
export const RSA_PKCS1_PADDING: number = 1;

/** Node's `constants.RSA_PKCS1_PSS_PADDING`. */
export const RSA_PKCS1_PSS_PADDING: number = 6;

/** Node's `constants.RSA_PSS_SALTLEN_AUTO`. */
export const RSA_PSS_SALTLEN_AUTO: number = -2;

/** Node's `constants.RSA_PSS_SALTLEN_DIGEST`. */
export const RSA_PSS_SALTLEN_DIGEST: number = -1;

/** Node's `constants.RSA_PSS_SALTLEN_MAX_SIGN`. */
export const RSA_PSS_SALTLEN_MAX_SIGN: number = -2;

/** Node's `constants.RSA_SSLV23_PADDING`. */
export const RSA_SSLV23_PADDING: number = 2;

/** Node's `constants.RSA_X931_PADDING`. */
export const RSA_X931_PADDING: number = 5;

/** Node's `constants.RTLD_DEEPBIND`. */
export const RTLD_DEEPBIND: number = 8;

/** Node's `constants.RTLD_GLOBAL`. */
export const RTLD_GLOBAL: number = 256;

/** Node's `constants.RTLD_LAZY`. */
export const RTLD_LAZY: number = 1;

/** Node's `constants.RTLD_LOCAL`. */
export const RTLD_LOCAL: number = 0;

/** Node's `constants.RTLD_NOW`. */
export const RTLD_NOW: number = 2;

/** Node's `constants.R_OK`. */
export const R_OK: number = 4;

/** Node's `constants.SIGABRT`. */
export const SIGABRT: number = 6;

/** Node's `constants.SIGALRM`. */
export const SIGALRM: number = 14;

/** Node's `constants.SIGBUS`. */
export const SIGBUS: number = 7;

/** Node's `constants.SIGCHLD`. */
export const SIGCHLD: number = 17;

/** Node's `constants.SIGCONT`. */
export const SIGCONT: number = 18;

/** Node's `constants.SIGFPE`. */
export const SIGFPE: number = 8;

/** Node's `constants.SIGHUP`. */
export const SIGHUP: number = 1;

/** Node's `constants.SIGILL`. */
export const SIGILL: number = 4;

/** Node's `constants.SIGINT`. */
export const SIGINT: number = 2;

/** Node's `constants.SIGIO`. */
export const SIGIO: number = 29;

/** Node's `constants.SIGIOT`. */
export const SIGIOT: number = 6;

/** Node's `constants.SIGKILL`. */
export const SIGKILL: number = 9;

/** Node's `constants.SIGPIPE`. */
export const SIGPIPE: number = 13;

/** Node's `constants.SIGPOLL`. */
export const SIGPOLL: number = 29;

/** Node's `constants.SIGPROF`. */
export const SIGPROF: number = 27;

/** Node's `constants.SIGPWR`. */
export const SIGPWR: number = 30;

/** Node's `constants.SIGQUIT`. */
export const SIGQUIT: number = 3;

/** Node's `constants.SIGSEGV`. */
export const SIGSEGV: number = 11;

/** Node's `constants.SIGSTKFLT`. */
export const SIGSTKFLT: number = 16;

/** Node's `constants.SIGSTOP`. */
export const SIGSTOP: number = 19;

/** Node's `constants.SIGSYS`. */
export const SIGSYS: number = 31;

/** Node's `constants.SIGTERM`. */
export const SIGTERM: number = 15;

/** Node's `constants.SIGTRAP`. */
export const SIGTRAP: number = 5;

/** Node's `constants.SIGTSTP`. */
export const SIGTSTP: number = 20;

/** Node's `constants.SIGTTIN`. */
export const SIGTTIN: number = 21;

/** Node's `constants.SIGTTOU`. */
export const SIGTTOU: number = 22;

/** Node's `constants.SIGUNUSED`. */
export const SIGUNUSED: number = 31;

/** Node's `constants.SIGURG`. */
export const SIGURG: number = 23;

/** Node's `constants.SIGUSR1`. */
export const SIGUSR1: number = 10;

/** Node's `constants.SIGUSR2`. */
export const SIGUSR2: number = 12;

/** Node's `constants.SIGVTALRM`. */
export const SIGVTALRM: number = 26;

/** Node's `constants.SIGWINCH`. */
export const SIGWINCH: number = 28;

/** Node's `constants.SIGXCPU`. */
export const SIGXCPU: number = 24;

/** Node's `constants.SIGXFSZ`. */
export const SIGXFSZ: number = 25;

/** Node's `constants.SSL_OP_ALL`. */
export const SSL_OP_ALL: number = 2147485780;

/** Node's `constants.SSL_OP_ALLOW_NO_DHE_KEX`. */
export const SSL_OP_ALLOW_NO_DHE_KEX: number = 1024;

/** Node's `constants.SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION`. */
export const SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: number = 262144;

/** Node's `constants.SSL_OP_CIPHER_SERVER_PREFERENCE`. */
export const SSL_OP_CIPHER_SERVER_PREFERENCE: number = 4194304;

/** Node's `constants.SSL_OP_CISCO_ANYCONNECT`. */
export const SSL_OP_CISCO_ANYCONNECT: number = 32768;

/** Node's `constants.SSL_OP_COOKIE_EXCHANGE`. */
export const SSL_OP_COOKIE_EXCHANGE: number = 8192;

/** Node's `constants.SSL_OP_CRYPTOPRO_TLSEXT_BUG`. */
export const SSL_OP_CRYPTOPRO_TLSEXT_BUG: number = 2147483648;

/** Node's `constants.SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS`. */
export const SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: number = 2048;

/** Node's `constants.SSL_OP_EPHEMERAL_RSA`. */
export const SSL_OP_EPHEMERAL_RSA: number = 0;

/** Node's `constants.SSL_OP_LEGACY_SERVER_CONNECT`. */
export const SSL_OP_LEGACY_SERVER_CONNECT: number = 4;

/** Node's `constants.SSL_OP_MICROSOFT_BIG_SSLV3_BUFFER`. */
export const SSL_OP_MICROSOFT_BIG_SSLV3_BUFFER: number = 0;

/** Node's `constants.SSL_OP_MICROSOFT_SESS_ID_BUG`. */
export const SSL_OP_MICROSOFT_SESS_ID_BUG: number = 0;

/** Node's `constants.SSL_OP_MSIE_SSLV2_RSA_PADDING`. */
export const SSL_OP_MSIE_SSLV2_RSA_PADDING: number = 0;

/** Node's `constants.SSL_OP_NETSCAPE_CA_DN_BUG`. */
export const SSL_OP_NETSCAPE_CA_DN_BUG: number = 0;

/** Node's `constants.SSL_OP_NETSCAPE_CHALLENGE_BUG`. */
export const SSL_OP_NETSCAPE_CHALLENGE_BUG: number = 0;

/** Node's `constants.SSL_OP_NETSCAPE_DEMO_CIPHER_CHANGE_BUG`. */
export const SSL_OP_NETSCAPE_DEMO_CIPHER_CHANGE_BUG: number = 0;

/** Node's `constants.SSL_OP_NETSCAPE_REUSE_CIPHER_CHANGE_BUG`. */
export const SSL_OP_NETSCAPE_REUSE_CIPHER_CHANGE_BUG: number = 0;

/** Node's `constants.SSL_OP_NO_COMPRESSION`. */
export const SSL_OP_NO_COMPRESSION: number = 131072;

/** Node's `constants.SSL_OP_NO_ENCRYPT_THEN_MAC`. */
export const SSL_OP_NO_ENCRYPT_THEN_MAC: number = 524288;

/** Node's `constants.SSL_OP_NO_QUERY_MTU`. */
export const SSL_OP_NO_QUERY_MTU: number = 4096;

/** Node's `constants.SSL_OP_NO_RENEGOTIATION`. */
export const SSL_OP_NO_RENEGOTIATION: number = 1073741824;

/** Node's `constants.SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION`. */
export const SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: number = 65536;

/** Node's `constants.SSL_OP_NO_SSLv2`. */
export const SSL_OP_NO_SSLv2: number = 0;

/** Node's `constants.SSL_OP_NO_SSLv3`. */
export const SSL_OP_NO_SSLv3: number = 33554432;

/** Node's `constants.SSL_OP_NO_TICKET`. */
export const SSL_OP_NO_TICKET: number = 16384;

/** Node's `constants.SSL_OP_NO_TLSv1`. */
export const SSL_OP_NO_TLSv1: number = 67108864;

/** Node's `constants.SSL_OP_NO_TLSv1_1`. */
export const SSL_OP_NO_TLSv1_1: number = 268435456;

/** Node's `constants.SSL_OP_NO_TLSv1_2`. */
export const SSL_OP_NO_TLSv1_2: number = 134217728;

/** Node's `constants.SSL_OP_NO_TLSv1_3`. */
export const SSL_OP_NO_TLSv1_3: number = 536870912;

/** Node's `constants.SSL_OP_PKCS1_CHECK_1`. */
export const SSL_OP_PKCS1_CHECK_1: number = 0;

/** Node's `constants.SSL_OP_PKCS1_CHECK_2`. */
export const SSL_OP_PKCS1_CHECK_2: number = 0;

/** Node's `constants.SSL_OP_PRIORITIZE_CHACHA`. */
export const SSL_OP_PRIORITIZE_CHACHA: number = 2097152;

/** Node's `constants.SSL_OP_SINGLE_DH_USE`. */
export const SSL_OP_SINGLE_DH_USE: number = 0;

/** Node's `constants.SSL_OP_SINGLE_ECDH_USE`. */
export const SSL_OP_SINGLE_ECDH_USE: number = 0;

/** Node's `constants.SSL_OP_SSLEAY_080_CLIENT_DH_BUG`. */
export const SSL_OP_SSLEAY_080_CLIENT_DH_BUG: number = 0;

/** Node's `constants.SSL_OP_SSLREF2_REUSE_CERT_TYPE_BUG`. */
export const SSL_OP_SSLREF2_REUSE_CERT_TYPE_BUG: number = 0;

/** Node's `constants.SSL_OP_TLS_BLOCK_PADDING_BUG`. */
export const SSL_OP_TLS_BLOCK_PADDING_BUG: number = 0;

/** Node's `constants.SSL_OP_TLS_D5_BUG`. */
export const SSL_OP_TLS_D5_BUG: number = 0;

/** Node's `constants.SSL_OP_TLS_ROLLBACK_BUG`. */
export const SSL_OP_TLS_ROLLBACK_BUG: number = 8388608;

/** Node's `constants.S_IFBLK`. */
export const S_IFBLK: number = 24576;

/** Node's `constants.S_IFCHR`. */
export const S_IFCHR: number = 8192;

/** Node's `constants.S_IFDIR`. */
export const S_IFDIR: number = 16384;

/** Node's `constants.S_IFIFO`. */
export const S_IFIFO: number = 4096;

/** Node's `constants.S_IFLNK`. */
export const S_IFLNK: number = 40960;

/** Node's `constants.S_IFMT`. */
export const S_IFMT: number = 61440;

/** Node's `constants.S_IFREG`. */
export const S_IFREG: number = 32768;

/** Node's `constants.S_IFSOCK`. */
export const S_IFSOCK: number = 49152;

/** Node's `constants.S_IRGRP`. */
export const S_IRGRP: number = 32;

/** Node's `constants.S_IROTH`. */
export const S_IROTH: number = 4;

/** Node's `constants.S_IRUSR`. */
export const S_IRUSR: number = 256;

/** Node's `constants.S_IRWXG`. */
export const S_IRWXG: number = 56;

/** Node's `constants.S_IRWXO`. */
export const S_IRWXO: number = 7;

/** Node's `constants.S_IRWXU`. */
export const S_IRWXU: number = 448;

/** Node's `constants.S_IWGRP`. */
export const S_IWGRP: number = 16;

/** Node's `constants.S_IWOTH`. */
export const S_IWOTH: number = 2;

/** Node's `constants.S_IWUSR`. */
export const S_IWUSR: number = 128;

/** Node's `constants.S_IXGRP`. */
export const S_IXGRP: number = 8;

/** Node's `constants.S_IXOTH`. */
export const S_IXOTH: number = 1;

/** Node's `constants.S_IXUSR`. */
export const S_IXUSR: number = 64;

/** Node's `constants.TLS1_1_VERSION`. */
export const TLS1_1_VERSION: number = 770;

/** Node's `constants.TLS1_2_VERSION`. */
export const TLS1_2_VERSION: number = 771;

/** Node's `constants.TLS1_3_VERSION`. */
export const TLS1_3_VERSION: number = 772;

/** Node's `constants.TLS1_VERSION`. */
export const TLS1_VERSION: number = 769;

/** Node's `constants.UV_DIRENT_BLOCK`. */
export const UV_DIRENT_BLOCK: number = 7;

/** Node's `constants.UV_DIRENT_CHAR`. */
export const UV_DIRENT_CHAR: number = 6;

/** Node's `constants.UV_DIRENT_DIR`. */
export const UV_DIRENT_DIR: number = 2;

/** Node's `constants.UV_DIRENT_FIFO`. */
export const UV_DIRENT_FIFO: number = 4;

/** Node's `constants.UV_DIRENT_FILE`. */
export const UV_DIRENT_FILE: number = 1;

/** Node's `constants.UV_DIRENT_LINK`. */
export const UV_DIRENT_LINK: number = 3;

/** Node's `constants.UV_DIRENT_SOCKET`. */
export const UV_DIRENT_SOCKET: number = 5;

/** Node's `constants.UV_DIRENT_UNKNOWN`. */
export const UV_DIRENT_UNKNOWN: number = 0;

/** Node's `constants.UV_FS_COPYFILE_EXCL`. */
export const UV_FS_COPYFILE_EXCL: number = 1;

/** Node's `constants.UV_FS_COPYFILE_FICLONE`. */
export const UV_FS_COPYFILE_FICLONE: number = 2;

/** Node's `constants.UV_FS_COPYFILE_FICLONE_FORCE`. */
export const UV_FS_COPYFILE_FICLONE_FORCE: number = 4;

/** Node's `constants.UV_FS_O_FILEMAP`. */
export const UV_FS_O_FILEMAP: number = 0;

/** Node's `constants.UV_FS_SYMLINK_DIR`. */
export const UV_FS_SYMLINK_DIR: number = 1;

/** Node's `constants.UV_FS_SYMLINK_JUNCTION`. */
export const UV_FS_SYMLINK_JUNCTION: number = 2;

/** Node's `constants.W_OK`. */
export const W_OK: number = 2;

/** Node's `constants.X_OK`. */
export const X_OK: number = 1;

/** Node's `constants.defaultCoreCipherList`. */
export const defaultCoreCipherList: string = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA";

/** Node's `constants` module object: what `import constants from 'constants'` and `require('constants')` give. */
const constantsModule = {
  ALPN_ENABLED,
  COPYFILE_EXCL,
  COPYFILE_FICLONE,
  COPYFILE_FICLONE_FORCE,
  DH_CHECK_P_NOT_PRIME,
  DH_CHECK_P_NOT_SAFE_PRIME,
  DH_NOT_SUITABLE_GENERATOR,
  DH_UNABLE_TO_CHECK_GENERATOR,
  E2BIG,
  EACCES,
  EADDRINUSE,
  EADDRNOTAVAIL,
  EAFNOSUPPORT,
  EAGAIN,
  EALREADY,
  EBADF,
  EBADMSG,
  EBUSY,
  ECANCELED,
  ECHILD,
  ECONNABORTED,
  ECONNREFUSED,
  ECONNRESET,
  EDEADLK,
  EDESTADDRREQ,
  EDOM,
  EDQUOT,
  EEXIST,
  EFAULT,
  EFBIG,
  EHOSTUNREACH,
  EIDRM,
  EILSEQ,
  EINPROGRESS,
  EINTR,
  EINVAL,
  EIO,
  EISCONN,
  EISDIR,
  ELOOP,
  EMFILE,
  EMLINK,
  EMSGSIZE,
  EMULTIHOP,
  ENAMETOOLONG,
  ENETDOWN,
  ENETRESET,
  ENETUNREACH,
  ENFILE,
  ENGINE_METHOD_ALL,
  ENGINE_METHOD_CIPHERS,
  ENGINE_METHOD_DH,
  ENGINE_METHOD_DIGESTS,
  ENGINE_METHOD_DSA,
  ENGINE_METHOD_EC,
  ENGINE_METHOD_NONE,
  ENGINE_METHOD_PKEY_ASN1_METHS,
  ENGINE_METHOD_PKEY_METHS,
  ENGINE_METHOD_RAND,
  ENGINE_METHOD_RSA,
  ENOBUFS,
  ENODATA,
  ENODEV,
  ENOENT,
  ENOEXEC,
  ENOLCK,
  ENOLINK,
  ENOMEM,
  ENOMSG,
  ENOPROTOOPT,
  ENOSPC,
  ENOSR,
  ENOSTR,
  ENOSYS,
  ENOTCONN,
  ENOTDIR,
  ENOTEMPTY,
  ENOTSOCK,
  ENOTSUP,
  ENOTTY,
  ENXIO,
  EOPNOTSUPP,
  EOVERFLOW,
  EPERM,
  EPIPE,
  EPROTO,
  EPROTONOSUPPORT,
  EPROTOTYPE,
  ERANGE,
  EROFS,
  ESPIPE,
  ESRCH,
  ESTALE,
  ETIME,
  ETIMEDOUT,
  ETXTBSY,
  EWOULDBLOCK,
  EXDEV,
  F_OK,
  OPENSSL_VERSION_NUMBER,
  O_APPEND,
  O_CREAT,
  O_DIRECT,
  O_DIRECTORY,
  O_DSYNC,
  O_EXCL,
  O_NOATIME,
  O_NOCTTY,
  O_NOFOLLOW,
  O_NONBLOCK,
  O_RDONLY,
  O_RDWR,
  O_SYNC,
  O_TRUNC,
  O_WRONLY,
  POINT_CONVERSION_COMPRESSED,
  POINT_CONVERSION_HYBRID,
  POINT_CONVERSION_UNCOMPRESSED,
  PRIORITY_ABOVE_NORMAL,
  PRIORITY_BELOW_NORMAL,
  PRIORITY_HIGH,
  PRIORITY_HIGHEST,
  PRIORITY_LOW,
  PRIORITY_NORMAL,
  RSA_NO_PADDING,
  RSA_PKCS1_OAEP_PADDING,
  RSA_PKCS1_PADDING,
  RSA_PKCS1_PSS_PADDING,
  RSA_PSS_SALTLEN_AUTO,
  RSA_PSS_SALTLEN_DIGEST,
  RSA_PSS_SALTLEN_MAX_SIGN,
  RSA_SSLV23_PADDING,
  RSA_X931_PADDING,
  RTLD_DEEPBIND,
  RTLD_GLOBAL,
  RTLD_LAZY,
  RTLD_LOCAL,
  RTLD_NOW,
  R_OK,
  SIGABRT,
  SIGALRM,
  SIGBUS,
  SIGCHLD,
  SIGCONT,
  SIGFPE,
  SIGHUP,
  SIGILL,
  SIGINT,
  SIGIO,
  SIGIOT,
  SIGKILL,
  SIGPIPE,
  SIGPOLL,
  SIGPROF,
  SIGPWR,
  SIGQUIT,
  SIGSEGV,
  SIGSTKFLT,
  SIGSTOP,
  SIGSYS,
  SIGTERM,
  SIGTRAP,
  SIGTSTP,
  SIGTTIN,
  SIGTTOU,
  SIGUNUSED,
  SIGURG,
  SIGUSR1,
  SIGUSR2,
  SIGVTALRM,
  SIGWINCH,
  SIGXCPU,
  SIGXFSZ,
  SSL_OP_ALL,
  SSL_OP_ALLOW_NO_DHE_KEX,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION,
  SSL_OP_CIPHER_SERVER_PREFERENCE,
  SSL_OP_CISCO_ANYCONNECT,
  SSL_OP_COOKIE_EXCHANGE,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS,
  SSL_OP_EPHEMERAL_RSA,
  SSL_OP_LEGACY_SERVER_CONNECT,
  SSL_OP_MICROSOFT_BIG_SSLV3_BUFFER,
  SSL_OP_MICROSOFT_SESS_ID_BUG,
  SSL_OP_MSIE_SSLV2_RSA_PADDING,
  SSL_OP_NETSCAPE_CA_DN_BUG,
  SSL_OP_NETSCAPE_CHALLENGE_BUG,
  SSL_OP_NETSCAPE_DEMO_CIPHER_CHANGE_BUG,
  SSL_OP_NETSCAPE_REUSE_CIPHER_CHANGE_BUG,
  SSL_OP_NO_COMPRESSION,
  SSL_OP_NO_ENCRYPT_THEN_MAC,
  SSL_OP_NO_QUERY_MTU,
  SSL_OP_NO_RENEGOTIATION,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION,
  SSL_OP_NO_SSLv2,
  SSL_OP_NO_SSLv3,
  SSL_OP_NO_TICKET,
  SSL_OP_NO_TLSv1,
  SSL_OP_NO_TLSv1_1,
  SSL_OP_NO_TLSv1_2,
  SSL_OP_NO_TLSv1_3,
  SSL_OP_PKCS1_CHECK_1,
  SSL_OP_PKCS1_CHECK_2,
  SSL_OP_PRIORITIZE_CHACHA,
  SSL_OP_SINGLE_DH_USE,
  SSL_OP_SINGLE_ECDH_USE,
  SSL_OP_SSLEAY_080_CLIENT_DH_BUG,
  SSL_OP_SSLREF2_REUSE_CERT_TYPE_BUG,
  SSL_OP_TLS_BLOCK_PADDING_BUG,
  SSL_OP_TLS_D5_BUG,
  SSL_OP_TLS_ROLLBACK_BUG,
  S_IFBLK,
  S_IFCHR,
  S_IFDIR,
  S_IFIFO,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
  S_IFSOCK,
  S_IRGRP,
  S_IROTH,
  S_IRUSR,
  S_IRWXG,
  S_IRWXO,
  S_IRWXU,
  S_IWGRP,
  S_IWOTH,
  S_IWUSR,
  S_IXGRP,
  S_IXOTH,
  S_IXUSR,
  TLS1_1_VERSION,
  TLS1_2_VERSION,
  TLS1_3_VERSION,
  TLS1_VERSION,
  UV_DIRENT_BLOCK,
  UV_DIRENT_CHAR,
  UV_DIRENT_DIR,
  UV_DIRENT_FIFO,
  UV_DIRENT_FILE,
  UV_DIRENT_LINK,
  UV_DIRENT_SOCKET,
  UV_DIRENT_UNKNOWN,
  UV_FS_COPYFILE_EXCL,
  UV_FS_COPYFILE_FICLONE,
  UV_FS_COPYFILE_FICLONE_FORCE,
  UV_FS_O_FILEMAP,
  UV_FS_SYMLINK_DIR,
  UV_FS_SYMLINK_JUNCTION,
  W_OK,
  X_OK,
  defaultCoreCipherList,
};
export default constantsModule;
