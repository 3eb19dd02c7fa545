//! Regions and their REST domains (docs/service.md 1).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Region {
    China,
    Singapore,
    Seoul,
    Tokyo,
    Frankfurt,
    SiliconValley,
    Jakarta,
    Riyadh,
    Mumbai,
}

/// The region names, in the order of [`Region::ALL`].
pub(crate) const NAMES: [&str; 9] = [
    "china",
    "singapore",
    "seoul",
    "tokyo",
    "frankfurt",
    "silicon-valley",
    "jakarta",
    "riyadh",
    "mumbai",
];

impl Region {
    pub const ALL: [Region; 9] = [
        Region::China,
        Region::Singapore,
        Region::Seoul,
        Region::Tokyo,
        Region::Frankfurt,
        Region::SiliconValley,
        Region::Jakarta,
        Region::Riyadh,
        Region::Mumbai,
    ];

    pub(crate) fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    pub(crate) fn domain(self) -> &'static str {
        match self {
            Region::China => "console.tim.qq.com",
            Region::Singapore => "adminapisgp.im.qcloud.com",
            Region::Seoul => "adminapikr.im.qcloud.com",
            Region::Tokyo => "adminapijpn.im.qcloud.com",
            Region::Frankfurt => "adminapiger.im.qcloud.com",
            Region::SiliconValley => "adminapiusa.im.qcloud.com",
            Region::Jakarta => "adminapiidn.im.qcloud.com",
            Region::Riyadh => "adminapiksa.im.qcloud.com",
            Region::Mumbai => "adminapiind.im.qcloud.com",
        }
    }

    /// The backup domain the REST introduction gives for networks where DNS is tampered with
    /// (docs/service.md 1); none is documented for Tokyo or Riyadh.
    pub(crate) fn backup_domain(self) -> Option<&'static str> {
        match self {
            Region::China => Some("adminapi.my-imcloud.com"),
            Region::Singapore => Some("adminapisgp.my-imcloud.com"),
            Region::Seoul => Some("adminapikr.my-imcloud.com"),
            Region::Frankfurt => Some("adminapiger.my-imcloud.com"),
            Region::SiliconValley => Some("adminapiusa.my-imcloud.com"),
            Region::Jakarta => Some("adminapiidn.my-imcloud.com"),
            Region::Mumbai => Some("adminapiind.my-imcloud.com"),
            Region::Tokyo | Region::Riyadh => None,
        }
    }

    pub(crate) fn base_url(self) -> String {
        format!("https://{}", self.domain())
    }

    /// Case-insensitive; `_` and space are read as `-`.
    pub(crate) fn parse(s: &str) -> Result<Region, String> {
        let norm = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Region::ALL
            .into_iter()
            .find(|r| r.name() == norm)
            .ok_or_else(|| {
                let names = NAMES;
                let mut msg = format!("unknown region {s:?}; valid regions: {}", names.join(", "));
                if let Some(near) = crate::suggest::nearest(&norm, &names) {
                    msg.push_str(&format!(" (did you mean {near:?}?)"));
                }
                msg
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_domains_are_those_the_pages_give() {
        let named: Vec<(&str, Option<&str>)> = Region::ALL
            .iter()
            .map(|r| (r.name(), r.backup_domain()))
            .collect();
        assert_eq!(
            named,
            [
                ("china", Some("adminapi.my-imcloud.com")),
                ("singapore", Some("adminapisgp.my-imcloud.com")),
                ("seoul", Some("adminapikr.my-imcloud.com")),
                ("tokyo", None),
                ("frankfurt", Some("adminapiger.my-imcloud.com")),
                ("silicon-valley", Some("adminapiusa.my-imcloud.com")),
                ("jakarta", Some("adminapiidn.my-imcloud.com")),
                ("riyadh", None),
                ("mumbai", Some("adminapiind.my-imcloud.com")),
            ]
        );
    }

    #[test]
    fn all_nine_regions_parse_case_insensitively() {
        for r in Region::ALL {
            assert_eq!(Region::parse(&r.name().to_uppercase()), Ok(r));
        }
        assert_eq!(Region::parse("Silicon_Valley"), Ok(Region::SiliconValley));
        assert_eq!(
            Region::Singapore.base_url(),
            "https://adminapisgp.im.qcloud.com"
        );
        assert_eq!(Region::China.domain(), "console.tim.qq.com");
    }

    #[test]
    fn unknown_region_suggests_the_nearest() {
        let e = Region::parse("singapor").unwrap_err();
        assert!(e.contains("did you mean \"singapore\""), "{e}");
    }
}
