"""The web UI in real headless Chromium over a real ``flashpoint serve`` (screenshots in build/screenshots/)."""

from __future__ import annotations

from pathlib import Path

from api_server import Server
from selenium import webdriver
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

_WAIT_S = 20


def _open(driver: webdriver.Chrome, server: Server) -> None:
    driver.get(server.base_url + "/")
    _wait(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true")


def _wait(driver: webdriver.Chrome, condition: object) -> None:
    WebDriverWait(driver, _WAIT_S).until(condition)  # type: ignore[arg-type]


def _count(driver: webdriver.Chrome) -> int:
    return int(driver.find_element(By.ID, "event-count").get_attribute("data-count") or -1)


def _wait_count(driver: webdriver.Chrome, expected: int) -> None:
    _wait(driver, lambda d: _count(d) == expected)


def _markers(driver: webdriver.Chrome) -> list[WebElement]:
    return driver.find_elements(By.CSS_SELECTOR, "#map path.fp-marker, #map .marker-cluster")


def _type_box(driver: webdriver.Chrome, event_type: str) -> WebElement:
    return driver.find_element(By.CSS_SELECTOR, f'#type-filters input[value="{event_type}"]')


def _set_value(driver: webdriver.Chrome, element_id: str, value: str) -> None:
    driver.execute_script("document.getElementById(arguments[0]).value = arguments[1];", element_id, value)


def _open_detail(driver: webdriver.Chrome, text: str) -> WebElement:
    item = next(li for li in driver.find_elements(By.CSS_SELECTOR, "#event-list li") if text in li.text)
    item.click()
    detail = driver.find_element(By.ID, "detail")
    _wait(driver, lambda d: detail.is_displayed() and d.find_elements(By.CSS_SELECTOR, "#source-text mark"))
    return detail


def test_page_loads_with_markers_and_offline_outlines(
    driver: webdriver.Chrome, web_server: Server, screenshots: Path
) -> None:
    _open(driver, web_server)
    assert driver.title == "Flashpoint: events map"
    _wait_count(driver, 4)
    assert driver.find_element(By.ID, "map").get_attribute("data-markers") == "4"
    _wait(driver, lambda d: len(_markers(d)) > 0)
    assert len(driver.find_elements(By.CSS_SELECTOR, "#map path.fp-outline")) > 100  # the bundled countries
    assert len(driver.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")) >= 3
    assert len(driver.find_elements(By.CSS_SELECTOR, "#event-list li")) == 4
    assert driver.find_element(By.ID, "status").text == ""
    driver.save_screenshot(str(screenshots / "web-1-loaded.png"))


def test_filtering_by_type_and_date_changes_the_markers(
    driver: webdriver.Chrome, web_server: Server, screenshots: Path
) -> None:
    _open(driver, web_server)
    _wait_count(driver, 4)
    _type_box(driver, "Protests").click()
    _wait_count(driver, 3)
    _type_box(driver, "Violence against civilians").click()
    _wait_count(driver, 2)
    assert driver.find_element(By.ID, "map").get_attribute("data-markers") == "2"
    _set_value(driver, "since", "2025-03-05")
    driver.find_element(By.ID, "apply").click()
    _wait_count(driver, 1)
    assert "QSD: Syrian Democratic Forces" in driver.find_element(By.ID, "event-list").text
    assert "since=2025-03-05" in (driver.find_element(By.ID, "export-csv").get_attribute("href") or "")
    driver.save_screenshot(str(screenshots / "web-2-filtered.png"))
    driver.find_element(By.ID, "reset-filters").click()
    _wait_count(driver, 4)


def test_timeline_brush_filters_the_map(
    driver: webdriver.Chrome, web_server: Server, screenshots: Path
) -> None:
    _open(driver, web_server)
    _wait_count(driver, 4)
    timeline = driver.find_element(By.ID, "timeline")
    width = timeline.size["width"]
    # the events span 2025-01-20 .. 2025-03-10: the right half of the axis holds only March
    # offsets are from the element's centre: press at the middle, release near the right end
    ActionChains(driver).move_to_element_with_offset(timeline, 0, 0).click_and_hold().move_by_offset(
        width // 2 - 5, 0
    ).release().perform()
    _wait(driver, lambda d: 0 < _count(d) < 4)
    assert driver.find_element(By.ID, "since").get_attribute("value") >= "2025-02"
    driver.save_screenshot(str(screenshots / "web-3-brushed.png"))


def test_detail_shows_competing_claims_and_highlighted_evidence(
    driver: webdriver.Chrome, web_server: Server, screenshots: Path
) -> None:
    _open(driver, web_server)
    _wait_count(driver, 4)
    detail = _open_detail(driver, "2025-03-02")
    claimants = [th.text for th in detail.find_elements(By.CSS_SELECTOR, "#claims th.claimant")]
    assert {"Amaq", "military sources"} <= set(claimants)
    cells = detail.find_element(By.ID, "claims").text
    assert "12" in cells and "4" in cells
    marks = [m.text for m in detail.find_elements(By.CSS_SELECTOR, "#source-text mark")]
    assert any("Islamic State" in m for m in marks)
    assert "Armed clash" in detail.find_element(By.ID, "detail-title").text
    _wait(driver, lambda d: d.find_elements(By.ID, "incident-summary"))
    incident = detail.find_element(By.ID, "incident").text
    assert "1 independent source(s)" in incident and "fatalities" in incident
    driver.save_screenshot(str(screenshots / "web-4-detail.png"))


def test_script_in_an_article_is_shown_as_text_never_run(
    driver: webdriver.Chrome, web_server: Server, screenshots: Path
) -> None:
    _open(driver, web_server)
    _wait_count(driver, 4)
    _open_detail(driver, "2025-01-20")  # the event of the report with the planted scripts
    source = driver.find_element(By.ID, "source-text")
    assert "<script>window.__fpPwned = true;" in source.text
    assert source.find_elements(By.TAG_NAME, "script") == []
    assert driver.execute_script("return window.__fpPwned === undefined;") is True
    assert driver.title == "Flashpoint: events map"
    driver.save_screenshot(str(screenshots / "web-5-script-as-text.png"))


def test_trend_chart_per_actor_and_region(
    driver: webdriver.Chrome, web_server: Server, screenshots: Path
) -> None:
    _open(driver, web_server)
    _set_value(driver, "trend-actor", "Islamic State")
    _set_value(driver, "trend-regions", "Homs, Deir ez-Zor")
    driver.find_element(By.ID, "trend-draw").click()
    _wait(driver, lambda d: d.find_element(By.ID, "trend-chart").get_attribute("data-series") == "2")
    keys = {
        line.get_attribute("data-key")
        for line in driver.find_elements(By.CSS_SELECTOR, "#trend-chart polyline")
    }
    assert keys == {"Homs", "Deir ez-Zor"}
    legend = driver.find_element(By.ID, "trend-legend").text
    assert "Homs (1)" in legend and "Deir ez-Zor (1)" in legend
    driver.save_screenshot(str(screenshots / "web-6-trend.png"))
